/** The data the charts draw from, loaded once per build from the content collections. */
import { getCollection } from 'astro:content';
import type { Edition } from '../domain/editions';
import type { ChartData } from '../lib/charts';
import { hantQuote } from '../lib/hant';

let cached: Promise<ChartData> | undefined;
let cachedHant: Promise<ChartData> | undefined;

function load(): Promise<ChartData> {
  cached ??= (async () => ({
    prices: (await getCollection('prices')).map((e) => e.data),
    epilogue: (await getCollection('epilogue')).map((e) => e.data),
    figures: (await getCollection('figures')).map((e) => e.data),
    stances: (await getCollection('stances')).map((e) => e.data),
    quotes: (await getCollection('quotes')).map((e) => e.data),
  }))();
  return cached;
}

/**
 * The data an edition's charts are drawn from. In the 繁體 edition the quotes are already the speakers'
 * words in Traditional characters, so that a chart can wrap them into lines without cutting a phrase
 * the conversion must see whole; the rest of the chart's words are converted with the drawing.
 */
export function loadChartData(edition?: Edition): Promise<ChartData> {
  if (!edition?.traditional) return load();
  cachedHant ??= load().then((data) => ({ ...data, quotes: data.quotes.map(hantQuote) }));
  return cachedHant;
}
