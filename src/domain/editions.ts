/** The article's editions, its sections, and the URL of each: the one place that knows them. */

/** Section ids in reading order; the same in every edition, and the anchors readers share. */
export const SECTION_IDS = [
  'hero',
  'the-quant',
  'the-shot',
  'the-cascade',
  'the-holdouts',
  'why-giants',
  'investors',
  'coda',
  'what-next',
  'sources',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/**
 * The languages written by hand: the folders of `content/story/`, the keys of every `{ en, zh }` text, the
 * language of a chart's labels. The 繁體 edition is `zh`, converted at build time.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export type EditionId = 'en' | 'zh' | 'zh-hant';

export interface Edition {
  id: EditionId;
  /** BCP 47 tag for `<html lang>`, `hreflang` and `og:locale`-like uses. */
  lang: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** Path under the site's base, '' or ending in '/'. */
  path: string;
  /** The hand-written content this edition is made from. */
  content: Lang;
  /** True when the text is converted from Simplified to Traditional at build time. */
  traditional: boolean;
  /** The edition's name in its own language, for the switcher. */
  label: string;
  /** The shortest form of that name, for the switcher on a phone: part of `label`, as it must be. */
  short: string;
}

export const EDITIONS: readonly Edition[] = [
  {
    id: 'en',
    lang: 'en',
    ogLocale: 'en_GB',
    path: '',
    content: 'en',
    traditional: false,
    label: 'English',
    short: 'EN',
  },
  {
    id: 'zh',
    lang: 'zh-Hans',
    ogLocale: 'zh_CN',
    path: 'zh/',
    content: 'zh',
    traditional: false,
    label: '简体中文',
    short: '简',
  },
  {
    id: 'zh-hant',
    lang: 'zh-Hant-TW',
    ogLocale: 'zh_TW',
    path: 'zh-hant/',
    content: 'zh',
    traditional: true,
    label: '繁體中文',
    short: '繁',
  },
];

export function getEdition(id: EditionId): Edition {
  const edition = EDITIONS.find((e) => e.id === id);
  if (!edition) throw new Error(`Unknown edition "${id}"`);
  return edition;
}

/** The edition a page belongs to, from its pathname (with the site's base already removed or not). */
export function editionFromPath(pathname: string, base = '/'): Edition {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const first = rest.split('/')[0] ?? '';
  return EDITIONS.find((e) => e.path === `${first}/`) ?? getEdition('en');
}

/** The URL path of an edition's article, optionally at a section: `/zh/#the-shot`. */
export function editionHref(edition: Edition, base = '/', section?: SectionId): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${edition.path}${section ? `#${section}` : ''}`;
}

/** The sitemap's locales: each edition's folder (`en` for the root) and its language tag. */
export function sitemapLocales(): Record<string, string> {
  return Object.fromEntries(EDITIONS.map((edition) => [edition.path.replace(/\/$/, '') || 'en', edition.lang]));
}
