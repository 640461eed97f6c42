/**
 * deepseek-path (what-next): DeepSeek's own list prices from V2 to V3.2-Exp as step lines, in yuan per
 * million tokens on a log scale: V2, V3, V3.1 and V3.2-Exp, each price holding until the next release
 * changed it, with V3's launch offer, R1 and the off-peak discount (in force until V3.1 ended it) marked.
 */
import { curveStepAfter, line, scaleLog, scaleUtc } from 'd3';
import type { EpilogueRow } from '../../schemas/epilogue';
import type { PriceRow } from '../../schemas/price';
import { formatDay, formatYuan, punctuation } from '../format';
import { spreadLabels } from './layout';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { chartText } from './text';

export const DEEPSEEK_PATH_STATES = ['v2', 'v3', 'r1', 'offpeak', 'v31', 'v32'] as const;
export type DeepseekPathState = (typeof DEEPSEEK_PATH_STATES)[number];

type Release = Extract<EpilogueRow, { kind: 'release' }>;
type Discount = Extract<EpilogueRow, { kind: 'discount' }>;
type Tier = 'output' | 'miss' | 'hit';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The releases of the main model, in order, and the state from which each is shown. */
const LINE = [
  { id: 'v3', from: 'v3' },
  { id: 'v3-1', from: 'v31' },
  { id: 'v3-2-exp', from: 'v32' },
] as const;

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
  const [v3, v31] = [release('v3'), release('v3-1')];
  const r1 = release('r1');
  const step = DEEPSEEK_PATH_STATES.indexOf(state);
  const from = (s: DeepseekPathState) => step < DEEPSEEK_PATH_STATES.indexOf(s);

  const labelColumn = wide ? 156 : 118;
  const margin = { left: wide ? 44 : 40, right: labelColumn, top: 26, bottom: 38 };
  const height = wide ? 358 : 330;
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
    attrs: { x: margin.left, y: height - 6 },
    text: `${t.perMillion}${punctuation(lang).paren(t.logNote)}`,
  });

  // Bands behind the lines: V3's launch offer, and the off-peak discount until V3.1 ended it.
  const band = (key: string, start: string, until: string, className: string, hidden: boolean): Mark => ({
    key,
    kind: 'rect',
    className,
    attrs: {
      x: x(day(start)),
      y: margin.top,
      width: x(day(until)) - x(day(start)),
      height: height - margin.bottom - margin.top,
    },
    hidden,
  });
  const promo = v3.promo!;
  marks.push(band('promo-band', v3.date, promo.until, 'band', from('v3')));
  marks.push(band('offpeak-band', offPeak.from, v31.date, 'band band--offpeak', from('offpeak')));
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
  marks.push({
    key: 'offpeak-label',
    kind: 'text',
    className: 'band-note',
    // At the foot of its band, clear of R1's points and of V3's lines, which run higher.
    attrs: { x: x(day(offPeak.from)) + 4, y: height - margin.bottom - 8 },
    text: wide ? t.offPeak : t.offPeak.split(/[:：]/)[0]!,
    hidden: from('offpeak'),
  });

  // Each price holds from its release until the next one shown changes it. Every line keeps one point
  // per release in every state, the releases not yet shown folded onto the last one that is, so that
  // the line grows between states rather than being redrawn.
  const shown = LINE.filter((r) => !from(r.from)).length;
  const releases = LINE.map((r) => release(r.id));
  const until = shown < releases.length ? day(releases[shown]!.date) : end;
  const tierOf = (r: Release, tier: Tier) =>
    tier === 'output' ? r.list.output : tier === 'miss' ? r.list.cacheMiss : r.list.cacheHit;
  const series: { tier: Tier; label: string; v2?: number }[] = [
    { tier: 'output', label: t.output, v2: v2.outputAfter },
    { tier: 'miss', label: t.cacheMiss, v2: v2.inputAfter },
    { tier: 'hit', label: wide ? t.cacheHit : t.cacheHitShort },
  ];
  const endLabels: { key: string; want: number; text: string; hidden: boolean }[] = [];

  for (const s of series) {
    const values = releases.map((r) => tierOf(r, s.tier));
    const start: [Date, number] = s.v2 === undefined ? [day(v3.date), values[0]!] : [day(v2.date), s.v2];
    const latest = shown === 0 ? start[1] : values[shown - 1]!;
    const points: [Date, number][] = [
      start,
      ...releases.map((r, i): [Date, number] =>
        i < shown ? [day(r.date), values[i]!] : [shown === 0 ? day(v3.date) : until, latest],
      ),
      [shown === 0 ? day(v3.date) : until, latest],
    ];
    marks.push({
      key: `line-${s.tier}`,
      kind: 'path',
      className: `series series--${s.tier} c-deepseek`,
      attrs: { d: path(points)! },
      hidden: s.v2 === undefined && shown === 0,
    });
    if (s.v2 !== undefined) {
      // V2's lines are named where they start, since V3's lines later run at the same levels.
      marks.push({
        key: `start-label-${s.tier}`,
        kind: 'text',
        className: `label-value series-label--${s.tier}`,
        attrs: { x: x(day(v2.date)) + 2, y: y(s.v2) - 7 },
        text: `${s.label} ${formatYuan(s.v2, lang)}`,
      });
    }
    endLabels.push({
      key: s.tier,
      want: y(latest),
      text: `${s.label} ${formatYuan(latest, lang)}`,
      hidden: s.v2 === undefined && shown === 0,
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
    text: `R1${punctuation(lang).colon}${[r1.list.cacheHit, r1.list.cacheMiss, r1.list.output]
      .map((p) => formatYuan(p, lang))
      .join(punctuation(lang).list)}`,
    hidden: from('r1'),
  });

  // The column of labels at the right: the model whose prices they are, then one label per line.
  const labelX = width - margin.right + 8;
  marks.push({
    key: 'end-model',
    kind: 'text',
    className: 'label-note',
    attrs: { x: labelX, y: margin.top - 8 },
    // The compact drawing names the model without the company, which every label here shares.
    text: (shown === 0 ? 'DeepSeek-V2' : releases[shown - 1]!.model).replace(wide ? /^$/ : /^DeepSeek-/, ''),
  });
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
