/**
 * price-gap (the-shot): DeepSeek-V2 against GPT-4-Turbo and GPT-4o, input and output, on a log scale in
 * yuan per million tokens. States add the models in the order the story meets them.
 */
import { scaleLog } from 'd3';
import { modelName, type PriceRow } from '../../schemas/price';
import { formatYuan, punctuation } from '../format';
import { fractionOf } from '../units';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { chartText, companyClass } from './text';

export const PRICE_GAP_STATES = ['turbo', 'gpt4o', 'deepseek'] as const;
export type PriceGapState = (typeof PRICE_GAP_STATES)[number];

const MODELS = ['gpt-4-turbo', 'gpt-4o', 'deepseek-v2'] as const;

function row(rows: readonly PriceRow[], id: string): PriceRow {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`price-gap: content/data/prices.json has no row "${id}"`);
  return found;
}

export function priceGap(rows: readonly PriceRow[], { state, layout, lang }: ChartOptions<PriceGapState>): ChartModel {
  const t = chartText(lang);
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
  const turbo = row(rows, 'gpt-4-turbo');
  const marks: Mark[] = [];

  // Gridlines and the axis, once for both bands.
  for (const tick of [1, 10, 100]) {
    const outside = tick < x.domain()[0]!;
    marks.push({
      key: `grid-${tick}`,
      kind: 'line',
      className: 'grid',
      attrs: { x1: x(tick), x2: x(tick), y1: margin.top, y2: margin.top + band * 2 },
      hidden: outside,
    });
    marks.push({
      key: `tick-${tick}`,
      kind: 'text',
      className: 'tick',
      attrs: { x: x(tick), y: margin.top + band * 2 + 18, 'text-anchor': 'middle' },
      text: formatYuan(tick, lang),
      hidden: outside,
    });
  }
  marks.push({
    key: 'axis-unit',
    kind: 'text',
    className: 'axis-label',
    attrs: { x: width - margin.right, y: margin.top + band * 2 + 32, 'text-anchor': 'end' },
    text: `${t.perMillion}${punctuation(lang).paren(t.logNote)}`,
  });

  (['input', 'output'] as const).forEach((side, i) => {
    const top = margin.top + band * i;
    const y = top + band * 0.56;
    const value = (r: PriceRow) => (side === 'input' ? r.inputAfter : r.outputAfter!);
    marks.push({
      key: `band-${side}`,
      kind: 'text',
      className: 'band-label',
      attrs: wide ? { x: 0, y: y + 5 } : { x: margin.left - 6, y: top + 16 },
      text: side === 'input' ? t.input : t.output,
    });
    marks.push({
      key: `rule-${side}`,
      kind: 'line',
      className: 'rule',
      attrs: { x1: margin.left, x2: width - margin.right, y1: y, y2: y },
    });

    const deepseek = row(rows, 'deepseek-v2');
    const n = fractionOf(value(deepseek), value(turbo));
    marks.push({
      key: `gap-${side}`,
      kind: 'line',
      className: 'gap c-deepseek',
      attrs: { x1: x(value(deepseek)), x2: x(value(turbo)), y1: y, y2: y },
      hidden: state !== 'deepseek',
    });
    marks.push({
      key: `gap-label-${side}`,
      kind: 'text',
      className: 'gap-label c-deepseek',
      attrs: { x: (x(value(deepseek)) + x(value(turbo))) / 2, y: y + 22, 'text-anchor': 'middle' },
      text: `1/${n}`,
      hidden: state !== 'deepseek',
    });

    for (const id of MODELS) {
      const r = row(rows, id);
      const visible = shown(id);
      // Before DeepSeek arrives, its dot waits at GPT-4-Turbo's price, so that it falls into place.
      const cx = x(id === 'deepseek-v2' && !visible ? value(turbo) : value(r));
      const above = id !== 'gpt-4o';
      marks.push({
        key: `dot-${id}-${side}`,
        kind: 'circle',
        className: `dot ${companyClass(id)}`,
        attrs: { cx, cy: y, r: wide ? 7 : 6 },
        hidden: !visible,
      });
      marks.push({
        key: `name-${id}-${side}`,
        kind: 'text',
        className: `label-name ${companyClass(id)}`,
        attrs: { x: cx, y: above ? y - 30 : y + 26, 'text-anchor': 'middle' },
        text: modelName(r, lang),
        hidden: !visible,
      });
      marks.push({
        key: `value-${id}-${side}`,
        kind: 'text',
        className: 'label-value',
        attrs: { x: cx, y: above ? y - 14 : y + 42, 'text-anchor': 'middle' },
        text: formatYuan(value(r), lang),
        hidden: !visible,
      });
    }
  });

  return { chart: 'price-gap', state, layout, width, height, marks };
}
