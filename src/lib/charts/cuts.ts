/**
 * cuts: the percentage cut of each model's input price, sorted. Free models are cuts of 100%. Doubao's
 * figure is against the industry's price for its class, not a price ByteDance charged: it is hatched
 * and labelled as such.
 */
import { scaleLinear } from 'd3';
import { modelName, type PriceRow } from '../../schemas/price';
import { formatPercent } from '../format';
import { percentCut } from '../units';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { chartText, companyClass } from './text';

export const CUTS_STATES = ['all'] as const;
export type CutsState = (typeof CUTS_STATES)[number];

export interface Cut {
  row: PriceRow;
  /** The cut in percent; 100 for a model made free. */
  percent: number;
}

/** Every row with a price before (or a paid model made free), with its cut, largest first. */
export function cutsOf(rows: readonly PriceRow[]): Cut[] {
  return rows
    .filter((r) => r.inputBefore !== null)
    .map((row) => ({ row, percent: row.inputBefore === 'paid' ? 100 : percentCut(row.inputBefore!, row.inputAfter) }))
    .sort((a, b) => b.percent - a.percent || a.row.date.localeCompare(b.row.date));
}

export function cuts(rows: readonly PriceRow[], { state, layout, lang }: ChartOptions<CutsState>): ChartModel {
  const t = chartText(lang);
  const wide = layout === 'wide';
  const { width } = SIZES[layout];
  const list = cutsOf(rows);
  const nameColumn = wide ? 178 : 0;
  const rowHeight = wide ? 38 : 46;
  const top = 8;
  const height = top + list.length * rowHeight + 30;
  const x = scaleLinear()
    .domain([0, 100])
    .range([nameColumn + (wide ? 10 : 10), width - (wide ? 190 : 96)]);
  const marks: Mark[] = [];

  for (const tick of [0, 50, 100]) {
    marks.push({
      key: `grid-${tick}`,
      kind: 'line',
      className: 'grid',
      attrs: { x1: x(tick), x2: x(tick), y1: top, y2: top + list.length * rowHeight },
    });
    marks.push({
      key: `tick-${tick}`,
      kind: 'text',
      className: 'tick',
      attrs: { x: x(tick), y: top + list.length * rowHeight + 16, 'text-anchor': 'middle' },
      text: formatPercent(tick, lang),
    });
  }

  list.forEach(({ row, percent }, i) => {
    const rowTop = top + i * rowHeight;
    const barHeight = wide ? 16 : 14;
    const barY = wide ? rowTop + (rowHeight - barHeight) / 2 : rowTop + rowHeight - barHeight - 6;
    const basis =
      row.beforeBasis === 'industry' ? ' is-industry' : row.beforeBasis === 'source-only' ? ' is-source-only' : '';
    const company = row.company[lang].replace(/\s*[（(].*$/, '');
    marks.push({
      key: `name-${row.id}`,
      kind: 'text',
      className: `label-name ${companyClass(row.id)}`,
      attrs: wide ? { x: nameColumn, y: barY + 6, 'text-anchor': 'end' } : { x: 0, y: barY - 6 },
      text: wide ? modelName(row, lang, true) : `${modelName(row, lang, true)} · ${company}`,
    });
    if (wide) {
      marks.push({
        key: `company-${row.id}`,
        kind: 'text',
        className: 'label-note',
        attrs: { x: nameColumn, y: barY + 20, 'text-anchor': 'end' },
        text: company,
      });
    }
    marks.push({
      key: `bar-${row.id}`,
      kind: 'rect',
      className: `bar ${companyClass(row.id)}${basis}`,
      attrs: { x: x(0), y: barY, width: x(percent) - x(0), height: barHeight },
    });
    const value = row.inputAfter === 0 ? `${t.free}` : formatPercent(percent, lang);
    const note =
      row.beforeBasis === 'industry'
        ? ` ${t.vsIndustry}`
        : row.beforeBasis === 'source-only'
          ? ` (${t.sourceOnly})`
          : '';
    marks.push({
      key: `value-${row.id}`,
      kind: 'text',
      className: 'label-value',
      attrs: { x: x(percent) + 6, y: barY + barHeight - 3 },
      text: value,
    });
    if (note) {
      marks.push({
        key: `note-${row.id}`,
        kind: 'text',
        className: 'label-note',
        attrs: wide ? { x: x(percent) + 6, y: barY + barHeight + 10 } : { x: width, y: barY - 6, 'text-anchor': 'end' },
        text: note.trim().replace(/^\(|\)$/g, ''),
      });
    }
  });

  return { chart: 'cuts', state, layout, width, height, marks };
}

/** The hatching that marks a figure measured against the industry's price, not the company's own. */
export function cutsDefs(layout: string): string {
  return `<pattern id="hatch-cuts-${layout}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern>`;
}
