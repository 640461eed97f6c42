// @ts-check
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { CHARTS } from './src/lib/charts';
import { EDITIONS } from './src/lib/editions';
import { formatHeaders, formatRedirects, headerRules } from './src/lib/headers';
import { remarkCheckComponents } from './src/lib/mdx-components';
import { remarkScrolly } from './src/lib/mdx-scrolly';
import { rehypeSectionHeadingIds } from './src/lib/rehype-section-heading-ids';
import { remarkSafeLinks } from './src/lib/careless-input';

/**
 * The ids in one of `content/data/*.json`, for checking the components authors write in MDX.
 * @param {string} path
 * @returns {Set<string>}
 */
function idsIn(path) {
  try {
    /** @type {{ id: string }[]} */
    const records = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
    return new Set(records.map((record) => record.id));
  } catch (error) {
    throw new Error(`${path}: cannot read the ids (${error instanceof Error ? error.message : error})`);
  }
}

const correctionIds = idsIn('./content/data/corrections.json');
// A chart needs both its drawing (src/lib/charts) and its words (content/data/charts.json).
const chartIds = new Set([...idsIn('./content/data/charts.json')].filter((id) => id in CHARTS));

/**
 * A chart's state must be one it has, and its fact-check one that exists.
 * @param {Readonly<Record<string, unknown>>} props
 */
function checkChart(props) {
  const states = /** @type {Record<string, { states: readonly string[] }>} */ (CHARTS)[String(props.id)]?.states ?? [];
  if (props.state !== undefined && !states.includes(String(props.state))) {
    return `id="${props.id}" has no state "${props.state}" (known: ${states.join(', ')})`;
  }
  if (props.factcheck !== undefined && !correctionIds.has(String(props.factcheck))) {
    return `factcheck="${props.factcheck}" names nothing in content/data/corrections.json`;
  }
  return undefined;
}

/** The components the narrative may use, and what their ids must name. */
const components = {
  Quote: {
    idProp: 'id',
    ids: idsIn('./content/data/quotes.json'),
    idSource: 'content/data/quotes.json',
    props: ['pull'],
  },
  FactCheck: { idProp: 'id', ids: correctionIds, idSource: 'content/data/corrections.json' },
  Chart: {
    idProp: 'id',
    ids: chartIds,
    idSource: 'content/data/charts.json and src/lib/charts/index.ts',
    props: ['state', 'factcheck'],
    check: checkChart,
  },
  Scrolly: {
    required: ['chart'],
    props: ['factcheck'],
    check: (/** @type {Readonly<Record<string, unknown>>} */ props) =>
      chartIds.has(String(props.chart))
        ? checkChart({ id: props.chart, factcheck: props.factcheck })
        : `chart="${props.chart}" names nothing in content/data/charts.json and src/lib/charts/index.ts`,
  },
  Step: { required: ['state', 'alt'] },
  PriceSlide: {},
  CorrectionList: {},
  SourceList: {},
  DataDownloads: {},
};

/**
 * Writes what the host needs to know into the build: `_headers` (caching, security) and `_redirects`
 * (404 pages per edition), from the files actually built.
 * @param {string} base - the site's base path, starting and ending with '/'
 * @returns {import('astro').AstroIntegration}
 */
function hostFiles(base) {
  return {
    name: 'price-butcher:host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // With trailing slashes, Astro writes each edition's 404 page as a folder: put it where hosts look.
        for (const edition of EDITIONS) {
          const built = `${out}/${edition.path}404/index.html`;
          if (!existsSync(built)) continue;
          renameSync(built, `${out}/${edition.path}404.html`);
          rmdirSync(`${out}/${edition.path}404`);
        }
        const files = readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(out, `${entry.parentPath}/${entry.name}`).split('\\').join('/'));
        writeFileSync(`${out}/_headers`, formatHeaders(headerRules(base, files)));
        writeFileSync(`${out}/_redirects`, formatRedirects(base, files));
        logger.info(`_headers and _redirects written for ${files.length} files under ${base}`);
      },
    },
  };
}

/** Where the site will live, for every absolute address it writes; a placeholder says so out loud. */
const PLACEHOLDER_SITE = 'https://price-butcher.example';
function siteUrl() {
  const given = process.env.SITE_URL;
  if (given === undefined || given === '') {
    console.warn(
      `[price-butcher] SITE_URL is not set: absolute addresses (canonical, Open Graph, oEmbed, sitemap, embed snippets) use the placeholder ${PLACEHOLDER_SITE}. Set SITE_URL=https://… for a real deployment.`,
    );
    return PLACEHOLDER_SITE;
  }
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL="${given}" is not an absolute URL: give the site's origin, such as https://example.org`);
  }
  if (url.protocol !== 'https:')
    throw new Error(
      `SITE_URL="${given}" must be an https address: pages, embeds and share cards are served over https`,
    );
  return url.origin + url.pathname.replace(/\/$/, '');
}
const site = siteUrl();
/** BASE_PATH as a folder: starting and ending with '/'. */
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
/** The pages search engines should list: each edition's article (embeds, share and 404 pages are not). */
const articles = new Set(EDITIONS.map((edition) => new URL(`${base}${edition.path}`, site).href));

// SITE_URL and BASE_PATH let a newsroom host the article anywhere without an edit; OUT_DIR builds
// somewhere other than dist/ (the sub-path test builds beside the main build).
export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Every script and stylesheet is a file of its own, never inline: the Content-Security-Policy then
  // needs no hashes, and one policy holds whatever the build changes (see src/lib/headers.ts).
  build: { inlineStylesheets: 'never' },
  integrations: [
    mdx({
      remarkPlugins: [remarkSafeLinks, [remarkCheckComponents, components], [remarkScrolly, CHARTS]],
      rehypePlugins: [rehypeSectionHeadingIds],
    }),
    sitemap({
      filter: (page) => articles.has(page),
      // Each article lists the others as its alternates, with hreflang (the folder names are the editions').
      i18n: {
        defaultLocale: 'en',
        locales: Object.fromEntries(EDITIONS.map((edition) => [edition.path.replace(/\/$/, '') || 'en', edition.lang])),
      },
    }),
    hostFiles(base),
  ],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
