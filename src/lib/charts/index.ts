/** Every chart of the article: its states, how to draw it, and the table of its data. */
import { cascade, CASCADE_STATES } from './cascade';
import { cuts, cutsDefs, CUTS_STATES } from './cuts';
import { deepseekPath, DEEPSEEK_PATH_STATES } from './deepseek-path';
import { gpuStock, GPU_STOCK_STATES } from './gpu-stock';
import type { ChartModel, Lang, Layout } from './model';
import { priceGap, PRICE_GAP_STATES } from './price-gap';
import { stances, STANCES_STATES } from './stances';
import { voices } from './voices';
import {
  buysTable,
  cutsTable,
  gpuTable,
  pathTable,
  pricesTable,
  stancesTable,
  type ChartData,
  type DataTable,
} from './tables';
import { yuanBuys, YUAN_BUYS_STATES } from './yuan-buys';

export type { ChartData, DataTable } from './tables';

export interface ChartSpec {
  states: readonly string[];
  /** The state drawn when the page is read without scrolling effects: the whole story. */
  finalState: string;
  /** The state a scrolly shows before its first step; default the first step's state. */
  introState?: string;
  draw(data: ChartData, options: { state: string; layout: Layout; lang: Lang }): ChartModel;
  table(data: ChartData, lang: Lang): DataTable;
  /** The sources behind the chart, by data row. */
  sources(data: ChartData): string[];
  defs?(layout: Layout): string;
  /** A chart whose marks are links: drawn as a group a reader can move through, not one image. */
  interactive?: boolean;
}

/** The people each quote wall shows, in the order the section meets them. */
const WALLS = {
  'voices-holdouts': ['kai-fu-lee', 'wang-xiaochuan', 'fu-sheng'],
  'voices-investors': ['yang-quan', 'li-linghao', 'usd-investor', 'baidu-insider', 'financial-adviser'],
} as const;

function wall(id: keyof typeof WALLS): ChartSpec {
  const people = WALLS[id];
  return {
    states: ['all', ...people],
    finalState: 'all',
    draw: (data, o) => voices(id, people, data.stances, data.quotes, o),
    table: (data, lang) => stancesTable(data, lang, people),
    sources: (data) =>
      data.stances.filter((s) => (people as readonly string[]).includes(s.id)).flatMap((s) => s.sources),
  };
}

const priceSources = (data: ChartData, ids?: readonly string[]) =>
  data.prices.filter((r) => !ids || ids.includes(r.id)).flatMap((r) => r.sources);

const GAP_ROWS = ['gpt-4-turbo', 'gpt-4o', 'deepseek-v2'];

export const CHARTS = {
  'price-gap': {
    states: PRICE_GAP_STATES,
    finalState: 'deepseek',
    draw: (data, o) => priceGap(data.prices, o as Parameters<typeof priceGap>[1]),
    table: (data, lang) => pricesTable(data, lang, GAP_ROWS),
    sources: (data) => priceSources(data, GAP_ROWS),
  },
  cascade: {
    states: CASCADE_STATES,
    finalState: 'all',
    draw: (data, o) => cascade(data.prices, o as Parameters<typeof cascade>[1]),
    table: (data, lang) => pricesTable(data, lang),
    sources: (data) => priceSources(data),
  },
  cuts: {
    states: CUTS_STATES,
    finalState: 'all',
    draw: (data, o) => cuts(data.prices, o as Parameters<typeof cuts>[1]),
    table: cutsTable,
    sources: (data) => priceSources(data).filter((id) => id !== 'pboc-parity'),
    defs: cutsDefs,
  },
  'gpu-stock': {
    states: GPU_STOCK_STATES,
    finalState: 'estimate',
    introState: 'empty',
    draw: (data, o) => gpuStock(data.figures, o as Parameters<typeof gpuStock>[1]),
    table: gpuTable,
    sources: (data) => data.figures.filter((f) => f.id.startsWith('gpus')).flatMap((f) => f.sources),
  },
  'yuan-buys': {
    states: YUAN_BUYS_STATES,
    finalState: 'all',
    draw: (data, o) => yuanBuys(data.prices, o as Parameters<typeof yuanBuys>[1]),
    table: buysTable,
    sources: (data) => [
      ...priceSources(data),
      ...data.figures.filter((f) => f.id === 'tokens-per-character').flatMap((f) => f.sources),
    ],
  },
  'deepseek-path': {
    states: DEEPSEEK_PATH_STATES,
    finalState: 'v32',
    draw: (data, o) => deepseekPath(data.prices, data.epilogue, o as Parameters<typeof deepseekPath>[2]),
    table: pathTable,
    sources: (data) => [...priceSources(data, ['deepseek-v2']), ...data.epilogue.flatMap((e) => e.sources)],
  },
  stances: {
    states: STANCES_STATES,
    finalState: 'all',
    draw: (data, o) => stances(data.stances, data.quotes, o as Parameters<typeof stances>[2]),
    table: (data, lang) => stancesTable(data, lang),
    sources: (data) => data.stances.flatMap((s) => s.sources),
    interactive: true,
  },
  'voices-holdouts': wall('voices-holdouts'),
  'voices-investors': wall('voices-investors'),
} satisfies Record<string, ChartSpec>;

export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

export function chartSpec(id: string): ChartSpec {
  const spec = (CHARTS as Record<string, ChartSpec>)[id];
  if (!spec) throw new Error(`No chart "${id}" (known: ${CHART_IDS.join(', ')})`);
  return spec;
}
