/**
 * deepseek-path (what-next): DeepSeek's own list prices from V2 to V3.2-Exp as step lines, in yuan per
 * million tokens on a log scale, with the launch offer, R1 and the off-peak discount marked. Steps join
 * the prices at each release; where prices changed between releases and the brief does not say when,
 * the line is dashed.
 */
import { curveStepAfter, line, scaleLog, scaleUtc } from 'd3';
import type { EpilogueRow } from '../../schemas/epilogue';
import type { PriceRow } from '../../schemas/price';
import { formatDay, formatYuan } from '../format';
import { spreadLabels } from './layout';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { chartText } from './text';

export const DEEPSEEK_PATH_STATES = ['v2', 'v3', 'r1', 'offpeak', 'v32'] as const;
export type DeepseekPathState = (typeof DEEPSEEK_PATH_STATES)[number];

type Release = Extract<EpilogueRow, { kind: 'release' }>;
type Discount = Extract<EpilogueRow, { kind: 'discount' }>;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function deepseekPath(
  prices: readonly PriceRow[],
  epilogue: readonly EpilogueRow[],
  { state, layout, lang }: ChartOptions<DeepseekPathState>,
): ChartModel {
  const t = chartText(lang);
  const wide = layout === 'wide';
  const { width } = SIZES[layout];
  const v2 = prices.find((r) => r.id === 'deepseek-v2');
  const release = (id: string) => {
    const found = epilogue.find((r): r is Release => r.id === id && r.kind === 'release');
    if (!found) throw new Error(`deepseek-path: content/data/epilogue.json has no release "${id}"`);
    return found;
  };
  const offPeak = epilogue.find((r): r is Discount => r.kind === 'discount');
  if (!v2 || v2.outputAfter === null || !offPeak)
    throw new Error('deepseek-path: DeepSeek-V2 or the off-peak discount is missing');
  const v3 = release('v3');
  const r1 = release('r1');
  const v32 = release('v3-2-exp');
  const step = DEEPSEEK_PATH_STATES.indexOf(state);
  const from = (s: DeepseekPathState) => step < DEEPSEEK_PATH_STATES.indexOf(s);

  const labelColumn = wide ? 136 : 110;
  const margin = { left: wide ? 44 : 40, right: labelColumn, top: 26, bottom: 52 };
  const height = wide ? 372 : 344;
  const end = day('2025-10-31');
  const x = scaleUtc()
    .domain([day('2024-04-20'), end])
    .range([margin.left, width - margin.right]);
  const y = scaleLog()
    .domain([0.08, 24])
    .range([height - margin.bottom, margin.top]);
  const path = line<[Date, number]>()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]))
    .curve(curveStepAfter)
    .digits(2);
  const marks: Mark[] = [];

  for (const tick of [0.1, 1, 10]) {
    marks.push({
      key: `grid-${tick}`,
      kind: 'line',
      className: 'grid',
      attrs: { x1: margin.left, x2: x(end), y1: y(tick), y2: y(tick) },
    });
    marks.push({
      key: `tick-${tick}`,
      kind: 'text',
      className: 'tick',
      attrs: { x: margin.left - 6, y: y(tick) + 4, 'text-anchor': 'end' },
      text: formatYuan(tick, lang),
    });
  }
  for (const month of ['2024-07-01', '2025-01-01', '2025-07-01']) {
    const at = x(day(month));
    marks.push({
      key: `xtick-${month}`,
      kind: 'line',
      className: 'tick-mark',
      attrs: { x1: at, x2: at, y1: height - margin.bottom, y2: height - margin.bottom + 5 },
    });
    marks.push({
      key: `xlabel-${month}`,
      kind: 'text',
      className: 'tick',
      attrs: { x: at, y: height - margin.bottom + 18, 'text-anchor': 'middle' },
      text: formatDay(month.slice(0, 7), lang, true),
    });
  }
  marks.push({
    key: 'axis-unit',
    kind: 'text',
    className: 'axis-label',
    attrs: { x: margin.left, y: height - 20 },
    text: `${t.perMillion} (${t.logNote})`,
  });
  marks.push({
    key: 'axis-note',
    kind: 'text',
    className: 'axis-label',
    attrs: { x: margin.left, y: height - 6 },
    text: t.between,
  });

  // The launch offer, as a band behind the lines.
  const promo = v3.promo!;
  marks.push({
    key: 'promo-band',
    kind: 'rect',
    className: 'band',
    attrs: {
      x: x(day(v3.date)),
      y: margin.top,
      width: x(day(promo.until)) - x(day(v3.date)),
      height: height - margin.bottom - margin.top,
    },
    hidden: from('v3'),
  });
  for (const [tier, price] of [
    ['output', promo.output],
    ['miss', promo.cacheMiss],
    ['hit', promo.cacheHit],
  ] as const) {
    marks.push({
      key: `promo-${tier}`,
      kind: 'line',
      className: `promo series--${tier} c-deepseek`,
      attrs: { x1: x(day(v3.date)), x2: x(day(promo.until)), y1: y(price), y2: y(price) },
      hidden: from('v3'),
    });
  }
  marks.push({
    key: 'promo-label',
    kind: 'text',
    className: 'band-note',
    attrs: { x: x(day(v3.date)) + 3, y: margin.top - 8 },
    text: t.promo,
    hidden: from('v3'),
  });

  // Three series. Solid while the brief vouches for the price; dashed from the last dated event of V3's
  // pricing (the off-peak discount) to V3.2-Exp, whose step starts from the price it replaced.
  const knownUntil = day(offPeak.date);
  const series = [
    {
      key: 'output',
      label: t.output,
      v2: v2.outputAfter,
      v3: v3.list.output,
      v32: v32.list.output,
      before: v32.outputBefore,
    },
    {
      key: 'miss',
      label: t.cacheMiss,
      v2: v2.inputAfter,
      v3: v3.list.cacheMiss,
      v32: v32.list.cacheMiss,
      before: undefined,
    },
    { key: 'hit', label: t.cacheHit, v2: undefined, v3: v3.list.cacheHit, v32: v32.list.cacheHit, before: undefined },
  ] as const;
  const endLabels: { key: string; want: number; text: string; hidden: boolean }[] = [];

  for (const s of series) {
    // Always three points, so that the line morphs between states rather than being redrawn.
    const start = s.v2 ?? s.v3;
    const first = day(s.v2 === undefined ? v3.date : v2.date);
    const known: [Date, number][] = from('v3')
      ? [
          [first, start],
          [day(v3.date), start],
          [day(v3.date), start],
        ]
      : [
          [first, start],
          [day(v3.date), s.v3],
          [knownUntil, s.v3],
        ];
    marks.push({
      key: `line-${s.key}-known`,
      kind: 'path',
      className: `series series--${s.key} c-deepseek`,
      attrs: { d: path(known)! },
      hidden: s.v2 === undefined && from('v3'),
    });
    if (s.v2 !== undefined) {
      // V2's lines are named where they start, since V3's lines later run at the same levels.
      marks.push({
        key: `start-label-${s.key}`,
        kind: 'text',
        className: `label-value series-label--${s.key}`,
        attrs: { x: x(day(v2.date)) + 2, y: y(s.v2) - 7 },
        text: `${s.label} ${formatYuan(s.v2, lang)}`,
      });
    }
    const jump = s.before ?? s.v3;
    marks.push({
      key: `line-${s.key}-gap`,
      kind: 'path',
      className: `series series--${s.key} series--unknown c-deepseek`,
      attrs: {
        d: `${path([
          [knownUntil, s.v3],
          [day(v32.date), s.v3],
        ])!}L${x(day(v32.date))},${y(jump)}`,
      },
      hidden: from('v32'),
    });
    marks.push({
      key: `line-${s.key}-v32`,
      kind: 'path',
      className: `series series--${s.key} c-deepseek`,
      attrs: {
        d: path([
          [day(v32.date), jump],
          [day(v32.date), s.v32],
          [end, s.v32],
        ])!,
      },
      hidden: from('v32'),
    });
    if (s.before !== undefined) {
      marks.push({
        key: `before-${s.key}`,
        kind: 'circle',
        className: 'before before--own c-deepseek',
        attrs: { cx: x(day(v32.date)), cy: y(s.before), r: 4 },
        hidden: from('v32'),
      });
      marks.push({
        key: `before-label-${s.key}`,
        kind: 'text',
        className: 'label-value',
        attrs: { x: x(day(v32.date)) - 7, y: y(s.before) + 4, 'text-anchor': 'end' },
        text: t.from(formatYuan(s.before, lang)),
        hidden: from('v32'),
      });
    }
    const latest = from('v3') ? s.v2 : from('v32') ? s.v3 : s.v32;
    endLabels.push({
      key: s.key,
      want: y(latest ?? s.v3),
      text: `${s.label} ${formatYuan(latest ?? s.v3, lang)}`,
      hidden: latest === undefined,
    });
  }

  // R1, a separate model: its three list prices as points on its release day.
  for (const [tier, price] of Object.entries(r1.list)) {
    marks.push({
      key: `r1-${tier}`,
      kind: 'circle',
      className: 'r1 c-deepseek',
      attrs: { cx: x(day(r1.date)), cy: y(price), r: 4.5 },
      hidden: from('r1'),
    });
  }
  marks.push({
    key: 'r1-label',
    kind: 'text',
    className: 'label-name c-deepseek',
    attrs: { x: x(day(r1.date)) + 8, y: y(r1.list.output) + 4 },
    text: `R1: ${[r1.list.cacheHit, r1.list.cacheMiss, r1.list.output].map((p) => formatYuan(p, lang)).join(', ')}`,
    hidden: from('r1'),
  });

  // The off-peak discount: a marker on its day.
  const at = x(day(offPeak.date));
  marks.push({
    key: 'offpeak-line',
    kind: 'line',
    className: 'marker-line',
    attrs: { x1: at, x2: at, y1: margin.top, y2: height - margin.bottom },
    hidden: from('offpeak'),
  });
  marks.push({
    key: 'offpeak-label',
    kind: 'text',
    className: 'band-note',
    attrs: { x: at + 4, y: margin.top + (wide ? 6 : 4) },
    text: wide ? t.offPeak : t.offPeak.split(/[:：]/)[0]!,
    hidden: from('offpeak'),
  });

  // Labels at the right end of each series, kept apart.
  const labelX = width - margin.right + 8;
  const placed = spreadLabels(
    endLabels.map((l) => ({ want: l.want, size: 16 })),
    margin.top,
    height - margin.bottom,
  );
  endLabels.forEach((label, i) => {
    marks.push({
      key: `end-label-${label.key}`,
      kind: 'text',
      className: `label-name series-label--${label.key} c-deepseek`,
      attrs: { x: labelX, y: placed[i]! + 4 },
      text: label.text,
      hidden: label.hidden,
    });
  });

  return { chart: 'deepseek-path', state, layout, width, height, marks };
}
