/** The chart data from the content collections, loaded once per build. */
import { getCollection } from 'astro:content';
import type { ChartData } from '../lib/charts';

let cached: Promise<ChartData> | undefined;

export function loadChartData(): Promise<ChartData> {
  cached ??= (async () => ({
    prices: (await getCollection('prices')).map((e) => e.data),
    epilogue: (await getCollection('epilogue')).map((e) => e.data),
    figures: (await getCollection('figures')).map((e) => e.data),
    stances: (await getCollection('stances')).map((e) => e.data),
    quotes: (await getCollection('quotes')).map((e) => e.data),
  }))();
  return cached;
}
