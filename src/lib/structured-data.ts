/**
 * The article described for search engines and readers' apps: a schema.org NewsArticle as JSON-LD,
 * crediting the reporting it is based on (the brief: Jiemian News, 2024, with no known address).
 */

export interface NewsArticleFacts {
  headline: string;
  description: string;
  /** BCP 47 language tag of the edition. */
  lang: string;
  /** Absolute URLs. */
  url: string;
  image: string;
  logo: string;
  /** ISO dates. */
  published: string;
  modified: string;
  /** Who wrote and published this edition, and who reported the story first, in its language. */
  author: string;
  publisher: string;
  basedOn: { publisher: string; url?: string; year?: string; reporters: readonly string[] };
}

export function newsArticle(facts: NewsArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    description: facts.description,
    inLanguage: facts.lang,
    url: facts.url,
    mainEntityOfPage: facts.url,
    image: [facts.image],
    datePublished: facts.published,
    dateModified: facts.modified,
    author: [{ '@type': 'Organization', name: facts.author }],
    publisher: { '@type': 'Organization', name: facts.publisher, logo: { '@type': 'ImageObject', url: facts.logo } },
    // The original's exact date and address are not known: only what is known is said.
    isBasedOn: {
      '@type': 'NewsArticle',
      ...(facts.basedOn.year && { datePublished: facts.basedOn.year }),
      author: facts.basedOn.reporters.map((name) => ({ '@type': 'Person', name })),
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: facts.basedOn.publisher,
        ...(facts.basedOn.url && { url: facts.basedOn.url }),
      },
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
