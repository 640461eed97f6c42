/**
 * Records of the data files by id, for the components that show one (a quote, a fact-check, a chart's
 * caption) and the sources they cite: each a clear error naming the file when the id is not there.
 */
import { getCollection, getEntry } from 'astro:content';
import type { ChartCaption } from '../schemas/chart';
import type { Correction } from '../schemas/correction';
import type { Quote } from '../schemas/quote';
import type { Source } from '../schemas/source';

export async function loadQuote(id: string): Promise<Quote> {
  const entry = await getEntry('quotes', id);
  if (!entry) throw new Error(`<Quote id="${id}">: no quote with that id in content/data/quotes.json`);
  return entry.data;
}

export async function loadCorrection(id: string): Promise<Correction> {
  const entry = await getEntry('corrections', id);
  if (!entry) throw new Error(`<FactCheck id="${id}">: no correction with that id in content/data/corrections.json`);
  return entry.data;
}

/** A chart's title, takeaway and section, from content/data/charts.json. */
export async function loadChartCaption(id: string): Promise<ChartCaption> {
  const entry = await getEntry('charts', id);
  if (!entry) throw new Error(`Chart "${id}": no title or takeaway for it in content/data/charts.json`);
  return entry.data;
}

/**
 * Sources by id, in the order given (or, with `listOrder`, in the order of the list at the foot of the
 * article, content/data/sources.json); `where` names the record citing them, for the error.
 */
export async function loadSources(ids: readonly string[], where: string, listOrder = false): Promise<Source[]> {
  const all = (await getCollection('sources')).map((entry) => entry.data);
  const missing = ids.filter((id) => !all.some((source) => source.id === id));
  if (missing.length)
    throw new Error(`${where} names source "${missing.join('", "')}", which is not in content/data/sources.json`);
  return listOrder
    ? all.filter((source) => ids.includes(source.id))
    : ids.map((id) => all.find((source) => source.id === id)!);
}
