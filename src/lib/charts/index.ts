/**
 * Every chart of the article, by id. A chart is one module (`<id>.ts`): its states, its drawing, its
 * table, its sources and its own words, made with `defineChart`; this file only lists them.
 */
import cascade from './cascade';
import cuts from './cuts';
import deepseekPath from './deepseek-path';
import type { Chart } from './define';
import gpuStock from './gpu-stock';
import priceGap from './price-gap';
import stances from './stances';
import { holdouts, investors } from './voices';
import yuanBuys from './yuan-buys';

export type { Chart } from './define';
export type { ChartData, DataTable } from './model';

const ALL = [priceGap, cascade, cuts, gpuStock, yuanBuys, deepseekPath, stances, holdouts, investors] as const;

export type ChartId = (typeof ALL)[number]['id'];

export const CHARTS: ReadonlyMap<string, Chart> = new Map(ALL.map((chart) => [chart.id, chart]));
export const CHART_IDS: readonly ChartId[] = ALL.map((chart) => chart.id);

/** The chart with this id, or an error that lists the ids there are. */
export function chartSpec(id: string): Chart {
  const chart = CHARTS.get(id);
  if (!chart) throw new Error(`No chart "${id}" (known: ${CHART_IDS.join(', ')})`);
  return chart;
}
