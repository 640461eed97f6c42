/**
 * What the charts' data tables share: the table of price rows (two charts draw them), the table of
 * people and companies (the stance map and the quote walls), and the cells each chart's table builds on.
 * A table that only one chart has lives in that chart's module.
 */
import type { Lang } from '../../domain/editions';
import { words } from '../../i18n';
import type { PriceRow } from '../../schemas/price';
import type { Quote } from '../../schemas/quote';
import type { StanceRow } from '../../schemas/stance';
import { formatDay, formatNumber, formatYuan } from '../format';
import { stanceExcerpt, viewOf } from '../stances';
import type { DataTable } from './model';
import { modelName, requireRow } from './rows';

/** An empty cell. */
export const DASH = '—';

/** A price, "paid" where the price is not recorded, or a dash where there is none. */
export function yuanCell(value: number | null | 'paid', lang: Lang): string {
  if (value === null) return DASH;
  if (value === 'paid') return words(lang).table.paid;
  return formatYuan(value, lang);
}

/** A row's price before, with whose price it was where it is not the company's own. */
export function beforeCell(row: PriceRow, lang: Lang, text = yuanCell(row.inputBefore, lang)): string {
  return (
    text + (typeof row.inputBefore === 'number' && row.beforeBasis ? words(lang).table.basis[row.beforeBasis] : '')
  );
}

/** The prices as their sources published them: "10 dollars per million tokens", "10美元/百万tokens". */
function publishedCell(row: PriceRow, lang: Lang): string {
  const { table, punctuation } = words(lang);
  return (
    row.published
      .map((p) => `${formatNumber(p.value, lang, 4)}${punctuation.space}${table.unit[p.unit as 'CNY/M']}`)
      .join(punctuation.semicolon) || DASH
  );
}

/** Price rows (all of content/data/prices.json, or these ids in this order) as a table. */
export function pricesTable(rows: readonly PriceRow[], lang: Lang, ids?: readonly string[]): DataTable {
  const w = words(lang).table;
  const list = ids ? ids.map((id) => requireRow(rows, id, 'table', 'prices.json')) : rows;
  return {
    columns: [w.date, w.company, w.model, w.before, w.after, w.output, w.published, w.note],
    rows: list.map((r) => [
      formatDay(r.date, lang, true),
      r.company[lang],
      modelName(r, lang),
      beforeCell(r, lang),
      formatYuan(r.inputAfter, lang),
      yuanCell(r.outputAfter, lang),
      publishedCell(r, lang),
      r.note[lang],
    ]),
  };
}

/** The sources of price rows (all, or these ids). */
export function priceSources(rows: readonly PriceRow[], ids?: readonly string[]): string[] {
  return rows.filter((r) => !ids || ids.includes(r.id)).flatMap((r) => r.sources);
}

/** The people and companies of the stance map or a quote wall: what they did, what they think, their words. */
export function stancesTable(
  rows: readonly StanceRow[],
  quotes: readonly Quote[],
  lang: Lang,
  ids?: readonly string[],
): DataTable {
  const { table, stance } = words(lang);
  const list = ids ? ids.map((id) => requireRow(rows, id, 'table', 'stances.json')) : rows;
  return {
    columns: table.stances,
    rows: list.map((r) => {
      const excerpt = r.quotes.length || r.paraphrase ? stanceExcerpt(r, quotes, lang) : DASH;
      // A Chinese reader reads the quote itself: someone's words, which 繁體 keeps as they were said.
      const theirs = r.quotes.length > 0 && words(lang).quoteText === 'original';
      return [
        r.name[lang],
        stance.may2024[r.may2024],
        viewOf(r, lang),
        theirs ? { text: excerpt, verbatim: true } : excerpt,
      ];
    }),
  };
}
