/**
 * price-gap (the-shot): DeepSeek-V2 against GPT-4-Turbo and GPT-4o, input and output, on a log scale in
 * yuan per million tokens. States add the models in the order the story meets them.
 */
import { scaleLog } from 'd3';
import { words } from '../../i18n';
import type { PriceRow } from '../../schemas/price';
import { fractionOf } from '../../domain/units';
import { formatYuan } from '../format';
import { logAxisName, xGrid } from './axes';
import { defineChart } from './define';
import { circle, line, text } from './marks';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { companyTone, modelName, requireRow } from './rows';
import { pricesTable, priceSources } from './tables';

export const PRICE_GAP_STATES = ['turbo', 'gpt4o', 'deepseek'] as const;
export type PriceGapState = (typeof PRICE_GAP_STATES)[number];

const MODELS = ['gpt-4-turbo', 'gpt-4o', 'deepseek-v2'] as const;

export function drawPriceGap(
  rows: readonly PriceRow[],
  { state, layout, lang }: ChartOptions<PriceGapState>,
): ChartModel {
  const t = words(lang).chart;
  const { width } = SIZES[layout];
  const wide = layout === 'wide';
  const margin = { left: wide ? 84 : 14, right: wide ? 28 : 22, top: wide ? 12 : 8 };
  const band = wide ? 118 : 128;
  const height = margin.top + band * 2 + 34;
  // Until DeepSeek arrives the axis starts at 5 yuan; it then widens to take in one yuan.
  const x = scaleLog()
    .domain([state === 'deepseek' ? 0.5 : 5, 500])
    .range([margin.left, width - margin.right])
    .clamp(true);
  const shown = (model: (typeof MODELS)[number]) =>
    model === 'gpt-4-turbo' ||
    (model === 'gpt-4o' && state !== 'turbo') ||
    (model === 'deepseek-v2' && state === 'deepseek');
  const row = (id: string) => requireRow(rows, id, 'price-gap', 'prices.json');
  const turbo = row('gpt-4-turbo');
  const deepseek = row('deepseek-v2');
  const axisY = margin.top + band * 2;

  // Gridlines and the axis, once for both bands.
  const marks: Mark[] = [
    ...xGrid([1, 10, 100], x, {
      y1: margin.top,
      y2: axisY,
      labelY: axisY + 18,
      format: (v) => formatYuan(v, lang),
      hidden: (v) => v < x.domain()[0]!,
    }),
    text(
      'axis-unit',
      'axis-label',
      { x: width - margin.right, y: axisY + 32, anchor: 'end' },
      logAxisName(t.perMillion, lang),
    ),
  ];

  (['input', 'output'] as const).forEach((side, i) => {
    const top = margin.top + band * i;
    const y = top + band * 0.56;
    const value = (r: PriceRow) => (side === 'input' ? r.inputAfter : r.outputAfter!);
    const gap = { hidden: state !== 'deepseek' };
    const [cheap, dear] = [x(value(deepseek)), x(value(turbo))];
    marks.push(
      text(
        `band-${side}`,
        'band-label',
        wide ? { x: 0, y: y + 5 } : { x: margin.left - 6, y: top + 16 },
        side === 'input' ? t.input : t.output,
      ),
      line(`rule-${side}`, 'rule', { x1: margin.left, x2: width - margin.right, y1: y, y2: y }),
      line(`gap-${side}`, 'gap c-deepseek', { x1: cheap, x2: dear, y1: y, y2: y }, gap),
      text(
        `gap-label-${side}`,
        'gap-label c-deepseek',
        { x: (cheap + dear) / 2, y: y + 22, anchor: 'middle' },
        `1/${fractionOf(value(deepseek), value(turbo))}`,
        gap,
      ),
    );
    for (const id of MODELS) {
      const r = row(id);
      const hidden = !shown(id);
      // Before DeepSeek arrives, its dot waits at GPT-4-Turbo's price, so that it falls into place.
      const cx = x(id === 'deepseek-v2' && hidden ? value(turbo) : value(r));
      const above = id !== 'gpt-4o';
      const tone = companyTone(id);
      marks.push(
        circle(`dot-${id}-${side}`, `dot ${tone}`, { cx, cy: y, r: wide ? 7 : 6 }, { hidden }),
        text(
          `name-${id}-${side}`,
          `label-name ${tone}`,
          { x: cx, y: above ? y - 30 : y + 26, anchor: 'middle' },
          modelName(r, lang),
          { hidden },
        ),
        text(
          `value-${id}-${side}`,
          'label-value',
          { x: cx, y: above ? y - 14 : y + 42, anchor: 'middle' },
          formatYuan(value(r), lang),
          { hidden },
        ),
      );
    }
  });

  return { chart: 'price-gap', state, layout, width, height, marks };
}

export default defineChart({
  id: 'price-gap',
  states: PRICE_GAP_STATES,
  finalState: 'deepseek',
  draw: (data, options) => drawPriceGap(data.prices, options),
  table: (data, lang) => pricesTable(data.prices, lang, MODELS),
  sources: (data) => priceSources(data.prices, MODELS),
});
