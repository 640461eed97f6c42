/** What the charts read from a data row: the row itself by id, its names in a language, its colour. */
import type { Lang } from '../../domain/editions';
import { localize } from '../../i18n';
import type { PriceRow } from '../../schemas/price';

/** The row with this id, or an error naming the chart, the data file and the id. */
export function requireRow<T extends { id: string }>(rows: readonly T[], id: string, chart: string, file: string): T {
  const found = rows.find((row) => row.id === id);
  if (!found) throw new Error(`${chart}: content/data/${file} has no row "${id}"`);
  return found;
}

/** A model's name in a language; `short` for a chart label, where there is a shorter one. */
export function modelName(row: PriceRow, lang: Lang, short = false): string {
  return localize(short && row.label ? row.label : row.model, lang);
}

/** A company's name without what follows it in brackets: `ByteDance`, not `ByteDance (Volcano Engine)`. */
export function shortCompany(row: PriceRow, lang: Lang): string {
  return row.company[lang].replace(/\s*[（(].*$/, '');
}

/** The class of a mark whose price before is not the company's own: hatched or outlined by the stylesheet. */
export function basisClass(row: PriceRow): '' | ' is-industry' | ' is-source-only' {
  return row.beforeBasis === 'industry' ? ' is-industry' : row.beforeBasis === 'source-only' ? ' is-source-only' : '';
}

/** The class that colours a company's marks; labels name the company, so colour is never the only cue. */
export function companyTone(id: string): 'c-deepseek' | 'c-openai' | 'c-rival' {
  if (id.startsWith('deepseek')) return 'c-deepseek';
  if (id.startsWith('gpt')) return 'c-openai';
  return 'c-rival';
}
