// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { CHARTS } from './src/lib/charts';
import { remarkCheckComponents } from './src/lib/mdx-components';
import { remarkScrolly } from './src/lib/mdx-scrolly';
import { rehypeSectionHeadingIds } from './src/lib/rehype-section-heading-ids';

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

// SITE_URL and BASE_PATH let a newsroom host the article anywhere without an edit.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://price-butcher.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [
    mdx({
      remarkPlugins: [
        [remarkCheckComponents, components],
        [remarkScrolly, CHARTS],
      ],
      rehypePlugins: [rehypeSectionHeadingIds],
    }),
  ],
  vite: { plugins: [tailwindcss()] },
});
