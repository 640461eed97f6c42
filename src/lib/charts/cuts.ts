/**
 * cuts: the percentage cut of each model's input price, sorted. Free models are cuts of 100%. Doubao's
 * figure is against the industry's price for its class, not a price ByteDance charged: it is hatched
 * and labelled as such.
 */
import { scaleLinear } from 'd3';
import type { Lang } from '../../domain/editions';
import { percentCut } from '../../domain/units';
import { words } from '../../i18n';
import type { PriceRow } from '../../schemas/price';
import { formatPercent, formatYuan } from '../format';
import { xGrid } from './axes';
import { defineChart } from './define';
import { rect, text } from './marks';
import { SIZES, type ChartModel, type ChartOptions, type DataTable, type Layout, type Mark } from './model';
import { basisClass, companyTone, modelName, shortCompany } from './rows';
import { beforeCell, priceSources } from './tables';

export const CUTS_STATES = ['all'] as const;
export type CutsState = (typeof CUTS_STATES)[number];

const WORDS = {
  en: { sourceOnly: 'price before: source only', vsIndustry: 'vs the industry’s price', cut: 'Cut' },
  zh: { sourceOnly: '原价仅见于原报道', vsIndustry: '相对行业价格', cut: '降幅' },
} as const satisfies Record<Lang, Record<string, string>>;

export interface Cut {
  row: PriceRow;
  /** The cut in percent; 100 for a model made free. */
  percent: number;
}

/** Every row with a price before (or a paid model made free), with its cut, largest first. */
export function cutRows(rows: readonly PriceRow[]): Cut[] {
  return rows
    .filter((r) => r.inputBefore !== null)
    .map((row) => ({ row, percent: row.inputBefore === 'paid' ? 100 : percentCut(row.inputBefore!, row.inputAfter) }))
    .sort((a, b) => b.percent - a.percent || a.row.date.localeCompare(b.row.date));
}

export function drawCuts(rows: readonly PriceRow[], { state, layout, lang }: ChartOptions<CutsState>): ChartModel {
  const t = words(lang).chart;
  const w = WORDS[lang];
  const wide = layout === 'wide';
  const { width } = SIZES[layout];
  const list = cutRows(rows);
  const nameColumn = wide ? 178 : 0;
  const rowHeight = wide ? 38 : 46;
  const top = 8;
  const bottom = top + list.length * rowHeight;
  const height = bottom + 30;
  const x = scaleLinear()
    .domain([0, 100])
    .range([nameColumn + 10, width - (wide ? 190 : 96)]);
  const marks: Mark[] = xGrid([0, 50, 100], x, {
    y1: top,
    y2: bottom,
    labelY: bottom + 16,
    format: (v) => formatPercent(v, lang),
  });

  list.forEach(({ row, percent }, i) => {
    const rowTop = top + i * rowHeight;
    const barHeight = wide ? 16 : 14;
    const barY = wide ? rowTop + (rowHeight - barHeight) / 2 : rowTop + rowHeight - barHeight - 6;
    const tone = companyTone(row.id);
    const name = modelName(row, lang, true);
    const company = shortCompany(row, lang);
    marks.push(
      text(
        `name-${row.id}`,
        `label-name ${tone}`,
        wide ? { x: nameColumn, y: barY + 6, anchor: 'end' } : { x: 0, y: barY - 6 },
        wide ? name : `${name} · ${company}`,
      ),
    );
    if (wide)
      marks.push(text(`company-${row.id}`, 'label-note', { x: nameColumn, y: barY + 20, anchor: 'end' }, company));
    marks.push(
      rect(`bar-${row.id}`, `bar ${tone}${basisClass(row)}`, {
        x: x(0),
        y: barY,
        width: x(percent) - x(0),
        height: barHeight,
      }),
      text(
        `value-${row.id}`,
        'label-value',
        { x: x(percent) + 6, y: barY + barHeight - 3 },
        row.inputAfter === 0 ? t.free : formatPercent(percent, lang),
      ),
    );
    const note = row.beforeBasis === 'industry' ? w.vsIndustry : row.beforeBasis === 'source-only' ? w.sourceOnly : '';
    if (note) {
      marks.push(
        text(
          `note-${row.id}`,
          'label-note',
          wide ? { x: x(percent) + 6, y: barY + barHeight + 10 } : { x: width, y: barY - 6, anchor: 'end' },
          note,
        ),
      );
    }
  });

  return { chart: 'cuts', state, layout, width, height, marks };
}

/** The cuts as a table: model, company, the price before and after, the cut. */
function cutsTable(rows: readonly PriceRow[], lang: Lang): DataTable {
  const w = words(lang).table;
  return {
    columns: [w.model, w.company, w.before, w.after, WORDS[lang].cut],
    rows: cutRows(rows).map(({ row, percent }) => [
      modelName(row, lang),
      row.company[lang],
      beforeCell(row, lang),
      formatYuan(row.inputAfter, lang),
      formatPercent(percent, lang),
    ]),
  };
}

/** The hatching that marks a figure measured against the industry's price, not the company's own. */
function hatching(layout: Layout): string {
  return `<pattern id="hatch-cuts-${layout}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern>`;
}

export default defineChart({
  id: 'cuts',
  states: CUTS_STATES,
  finalState: 'all',
  draw: (data, options) => drawCuts(data.prices, options),
  table: (data, lang) => cutsTable(data.prices, lang),
  // The exchange rate is cited with the prices it converts, not with their cuts.
  sources: (data) => priceSources(data.prices).filter((id) => id !== 'pboc-parity'),
  defs: hatching,
});
