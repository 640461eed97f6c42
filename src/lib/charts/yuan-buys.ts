/**
 * yuan-buys (why-giants): how many input tokens one yuan bought from each model before and after the
 * cuts, on a log scale, with a second axis in Chinese characters (DeepSeek's rule of thumb: a character
 * is about 0.6 tokens). Free models have no limit and sit in their own band.
 */
import { scaleLog } from 'd3';
import { modelName, type PriceRow } from '../../schemas/price';
import { formatCount, punctuation } from '../format';
import { TOKENS_PER_CHINESE_CHARACTER, tokensPerYuan } from '../units';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { chartText, companyClass } from './text';

export const YUAN_BUYS_STATES = ['all'] as const;
export type YuanBuysState = (typeof YUAN_BUYS_STATES)[number];

export interface Buys {
  row: PriceRow;
  before?: number;
  after: number;
}

/** Tokens per yuan for each row's input price, most first; free models (no limit) lead. */
export function buysOf(rows: readonly PriceRow[]): Buys[] {
  return rows
    .map((row) => ({
      row,
      before: typeof row.inputBefore === 'number' ? tokensPerYuan(row.inputBefore) : undefined,
      after: tokensPerYuan(row.inputAfter),
    }))
    .sort((a, b) => b.after - a.after || a.row.date.localeCompare(b.row.date));
}

export function yuanBuys(rows: readonly PriceRow[], { state, layout, lang }: ChartOptions<YuanBuysState>): ChartModel {
  const t = chartText(lang);
  const wide = layout === 'wide';
  const { width } = SIZES[layout];
  const list = buysOf(rows);
  const nameColumn = wide ? 168 : 0;
  const rowHeight = wide ? 30 : 42;
  const top = 40;
  const freeZone = wide ? 78 : 58;
  const plotRight = width - freeZone - 10;
  const height = top + list.length * rowHeight + 44;
  const plotLeft = nameColumn + 12;
  const x = scaleLog().domain([5_000, 5_000_000]).range([plotLeft, plotRight]);
  const marks: Mark[] = [];
  const bottom = top + list.length * rowHeight;

  // Tokens on top, characters below: the same scale read two ways.
  for (const tokens of [10_000, 100_000, 1_000_000]) {
    marks.push({
      key: `grid-${tokens}`,
      kind: 'line',
      className: 'grid',
      attrs: { x1: x(tokens), x2: x(tokens), y1: top - 6, y2: bottom },
    });
    marks.push({
      key: `tick-${tokens}`,
      kind: 'text',
      className: 'tick',
      attrs: { x: x(tokens), y: top - 12, 'text-anchor': 'middle' },
      text: formatCount(tokens, lang),
    });
  }
  for (const characters of [10_000, 100_000, 1_000_000]) {
    const at = x(characters * TOKENS_PER_CHINESE_CHARACTER);
    marks.push({
      key: `ctick-mark-${characters}`,
      kind: 'line',
      className: 'tick-mark',
      attrs: { x1: at, x2: at, y1: bottom, y2: bottom + 5 },
    });
    marks.push({
      key: `ctick-${characters}`,
      kind: 'text',
      className: 'tick',
      attrs: { x: at, y: bottom + 18, 'text-anchor': 'middle' },
      text: formatCount(characters, lang),
    });
  }
  marks.push({
    key: 'axis-tokens',
    kind: 'text',
    className: 'axis-label',
    attrs: { x: nameColumn + 12, y: 12 },
    text: `${t.tokens}${punctuation(lang).paren(t.logNote)}`,
  });
  marks.push({
    key: 'axis-characters',
    kind: 'text',
    className: 'axis-label',
    attrs: { x: nameColumn + 12, y: bottom + 34 },
    text: `≈ ${t.characters}`,
  });
  marks.push({
    key: 'free-zone',
    kind: 'rect',
    className: 'floor',
    attrs: { x: plotRight + 10, y: top - 6, width: freeZone, height: bottom - top + 6 },
  });
  marks.push({
    key: 'free-zone-label',
    kind: 'text',
    className: 'floor-label',
    attrs: { x: plotRight + 10 + freeZone / 2, y: top - 12, 'text-anchor': 'middle' },
    text: t.noLimit,
  });

  list.forEach(({ row, before, after }, i) => {
    const rowTop = top + i * rowHeight;
    const cy = wide ? rowTop + rowHeight / 2 : rowTop + rowHeight - 12;
    const tone = companyClass(row.id);
    const free = !Number.isFinite(after);
    const ax = free ? plotRight + 10 + freeZone / 2 : x(after);
    const company = row.company[lang].replace(/\s*[（(].*$/, '');
    marks.push({
      key: `name-${row.id}`,
      kind: 'text',
      className: `label-name ${tone}`,
      attrs: wide ? { x: nameColumn, y: cy + 4, 'text-anchor': 'end' } : { x: 0, y: cy - 12 },
      text: wide ? modelName(row, lang, true) : `${modelName(row, lang, true)} · ${company}`,
    });
    marks.push({
      key: `rule-${row.id}`,
      kind: 'line',
      className: 'rule',
      attrs: { x1: plotLeft, x2: plotRight + 10 + freeZone, y1: cy, y2: cy },
    });
    if (before !== undefined) {
      const industry =
        row.beforeBasis === 'industry' ? ' is-industry' : row.beforeBasis === 'source-only' ? ' is-source-only' : '';
      marks.push({
        key: `gain-${row.id}`,
        kind: 'line',
        className: `gain ${tone}${industry}`,
        attrs: { x1: x(before), x2: ax - 6, y1: cy, y2: cy },
      });
      marks.push({
        key: `before-${row.id}`,
        kind: 'circle',
        className: `before ${tone}${industry}`,
        attrs: { cx: x(before), cy, r: 4 },
      });
    }
    marks.push({
      key: `dot-${row.id}`,
      kind: 'circle',
      className: `dot ${tone}`,
      attrs: { cx: ax, cy, r: wide ? 5.5 : 4.5 },
    });
    if (!free) {
      marks.push({
        key: `value-${row.id}`,
        kind: 'text',
        className: 'label-value',
        attrs: { x: ax + 9, y: cy + 4 },
        text: formatCount(after, lang),
      });
    }
  });

  return { chart: 'yuan-buys', state, layout, width, height, marks };
}
