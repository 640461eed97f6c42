/**
 * yuan-buys (why-giants): how many input tokens one yuan bought from each model before and after the
 * cuts, on a log scale, with a second axis in Chinese characters (DeepSeek's rule of thumb: a character
 * is about 0.6 tokens). Free models have no limit and sit in their own band.
 */
import { scaleLog } from 'd3';
import type { Lang } from '../../domain/editions';
import { TOKENS_PER_CHINESE_CHARACTER, tokensPerYuan, tokensToChineseCharacters } from '../../domain/units';
import { words } from '../../i18n';
import type { PriceRow } from '../../schemas/price';
import { formatCount } from '../format';
import { logAxisName, xGrid, xTicks } from './axes';
import { defineChart } from './define';
import { circle, line, rect, text } from './marks';
import { SIZES, type ChartModel, type ChartOptions, type DataTable, type Mark } from './model';
import { basisClass, companyTone, modelName, shortCompany } from './rows';
import { DASH, priceSources } from './tables';

export const YUAN_BUYS_STATES = ['all'] as const;
export type YuanBuysState = (typeof YUAN_BUYS_STATES)[number];

const WORDS = {
  en: {
    tokens: 'tokens',
    characters: 'Chinese characters',
    noLimit: 'no limit',
    tokensBefore: 'Tokens per yuan before',
    tokensAfter: 'Tokens per yuan after',
    charactersAfter: '≈ Chinese characters per yuan after',
    noLimitCell: 'no limit (free)',
  },
  zh: {
    tokens: 'tokens',
    characters: '汉字数',
    noLimit: '不限量',
    tokensBefore: '降价前一元可买tokens',
    tokensAfter: '降价后一元可买tokens',
    charactersAfter: '降价后一元约合汉字数',
    noLimitCell: '不限量（免费）',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export interface TokensPerYuan {
  row: PriceRow;
  before?: number;
  after: number;
}

/** Tokens per yuan for each row's input price, most first; free models (no limit) lead. */
export function tokensPerYuanRows(rows: readonly PriceRow[]): TokensPerYuan[] {
  return rows
    .map((row) => ({
      row,
      before: typeof row.inputBefore === 'number' ? tokensPerYuan(row.inputBefore) : undefined,
      after: tokensPerYuan(row.inputAfter),
    }))
    .sort((a, b) => b.after - a.after || a.row.date.localeCompare(b.row.date));
}

export function drawYuanBuys(
  rows: readonly PriceRow[],
  { state, layout, lang }: ChartOptions<YuanBuysState>,
): ChartModel {
  const w = WORDS[lang];
  const wide = layout === 'wide';
  const { width } = SIZES[layout];
  const list = tokensPerYuanRows(rows);
  const nameColumn = wide ? 168 : 0;
  const rowHeight = wide ? 30 : 42;
  const top = 40;
  const freeZone = wide ? 78 : 58;
  const plotRight = width - freeZone - 10;
  const height = top + list.length * rowHeight + 44;
  const plotLeft = nameColumn + 12;
  const x = scaleLog().domain([5_000, 5_000_000]).range([plotLeft, plotRight]);
  const bottom = top + list.length * rowHeight;
  const count = (n: number) => formatCount(n, lang);

  // Tokens on top, characters below: the same scale read two ways.
  const marks: Mark[] = [
    ...xGrid([10_000, 100_000, 1_000_000], x, { y1: top - 6, y2: bottom, labelY: top - 12, format: count }),
    ...xTicks([10_000, 100_000, 1_000_000], (characters) => x(characters * TOKENS_PER_CHINESE_CHARACTER), {
      y: bottom,
      keys: ['ctick-mark', 'ctick'],
      format: count,
    }),
    text('axis-tokens', 'axis-label', { x: nameColumn + 12, y: 12 }, logAxisName(w.tokens, lang)),
    text('axis-characters', 'axis-label', { x: nameColumn + 12, y: bottom + 34 }, `≈ ${w.characters}`),
    rect('free-zone', 'floor', { x: plotRight + 10, y: top - 6, width: freeZone, height: bottom - top + 6 }),
    text(
      'free-zone-label',
      'floor-label',
      { x: plotRight + 10 + freeZone / 2, y: top - 12, anchor: 'middle' },
      w.noLimit,
    ),
  ];

  list.forEach(({ row, before, after }, i) => {
    const rowTop = top + i * rowHeight;
    const cy = wide ? rowTop + rowHeight / 2 : rowTop + rowHeight - 12;
    const tone = companyTone(row.id);
    const free = !Number.isFinite(after);
    const ax = free ? plotRight + 10 + freeZone / 2 : x(after);
    const name = modelName(row, lang, true);
    marks.push(
      text(
        `name-${row.id}`,
        `label-name ${tone}`,
        wide ? { x: nameColumn, y: cy + 4, anchor: 'end' } : { x: 0, y: cy - 12 },
        wide ? name : `${name} · ${shortCompany(row, lang)}`,
      ),
      line(`rule-${row.id}`, 'rule', { x1: plotLeft, x2: plotRight + 10 + freeZone, y1: cy, y2: cy }),
    );
    if (before !== undefined) {
      marks.push(
        line(`gain-${row.id}`, `gain ${tone}${basisClass(row)}`, { x1: x(before), x2: ax - 6, y1: cy, y2: cy }),
        circle(`before-${row.id}`, `before ${tone}${basisClass(row)}`, { cx: x(before), cy, r: 4 }),
      );
    }
    marks.push(circle(`dot-${row.id}`, `dot ${tone}`, { cx: ax, cy, r: wide ? 5.5 : 4.5 }));
    if (!free) marks.push(text(`value-${row.id}`, 'label-value', { x: ax + 9, y: cy + 4 }, count(after)));
  });

  return { chart: 'yuan-buys', state, layout, width, height, marks };
}

/** What a yuan bought from each model, before and after, in tokens and in Chinese characters. */
function buysTable(rows: readonly PriceRow[], lang: Lang): DataTable {
  const { table } = words(lang);
  const w = WORDS[lang];
  const count = (n: number | undefined) =>
    n === undefined ? DASH : Number.isFinite(n) ? formatCount(n, lang) : w.noLimitCell;
  return {
    columns: [table.model, table.company, w.tokensBefore, w.tokensAfter, w.charactersAfter],
    rows: tokensPerYuanRows(rows).map(({ row, before, after }) => [
      modelName(row, lang),
      row.company[lang],
      count(before) + (before !== undefined && row.beforeBasis ? table.basis[row.beforeBasis] : ''),
      count(after),
      Number.isFinite(after) ? formatCount(tokensToChineseCharacters(after), lang) : w.noLimitCell,
    ]),
  };
}

export default defineChart({
  id: 'yuan-buys',
  states: YUAN_BUYS_STATES,
  finalState: 'all',
  draw: (data, options) => drawYuanBuys(data.prices, options),
  table: (data, lang) => buysTable(data.prices, lang),
  sources: (data) => [
    ...priceSources(data.prices),
    ...data.figures.filter((f) => f.id === 'tokens-per-character').flatMap((f) => f.sources),
  ],
});
