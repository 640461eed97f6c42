/**
 * deepseek-path (what-next): DeepSeek's own list prices from V2 to V3.2-Exp as step lines, in yuan per
 * million tokens on a log scale: V2, V3, V3.1 and V3.2-Exp, each price holding until the next release
 * changed it, with V3's launch offer, R1 and the off-peak discount (in force until V3.1 ended it) marked.
 */
import { curveStepAfter, line as lineOf, scaleLog, scaleUtc } from 'd3';
import type { Lang } from '../../domain/editions';
import { words } from '../../i18n';
import type { EpilogueRow } from '../../schemas/epilogue';
import type { PriceRow } from '../../schemas/price';
import { formatDay, formatPercent, formatYuan } from '../format';
import { logAxisName, xTicks, yGrid } from './axes';
import { defineChart } from './define';
import { spreadLabels } from './layout';
import { circle, line, path, rect, text } from './marks';
import { SIZES, type Cell, type ChartModel, type ChartOptions, type DataTable, type Mark } from './model';
import { requireRow } from './rows';
import { DASH, priceSources } from './tables';

export const DEEPSEEK_PATH_STATES = ['v2', 'v3', 'r1', 'offpeak', 'v31', 'v32'] as const;
export type DeepseekPathState = (typeof DEEPSEEK_PATH_STATES)[number];

type Release = Extract<EpilogueRow, { kind: 'release' }>;
type Discount = Extract<EpilogueRow, { kind: 'discount' }>;
type Tier = 'output' | 'miss' | 'hit';

const WORDS = {
  en: {
    cacheHit: 'Cached input',
    cacheHitShort: 'Cached',
    cacheMiss: 'Input',
    promo: 'Launch offer',
    offPeak: 'Off-peak hours: V3 at half price, R1 at a quarter',
    table: {
      event: 'Event',
      cacheHit: 'Input, from cache',
      cacheMiss: 'Input',
      output: 'Output',
      promoUntil: (until: string) => `Launch offer until ${until}`,
      usd: (prices: number[]) => `DeepSeek’s dollar prices: ${prices.map((price) => `$${price}`).join(' / ')}`,
      inForce: (from: string, window: string) => `From ${from}, ${window}`,
      share: (model: string, share: string, off: string) => `${model} at ${share} of list price (${off} off)`,
    },
  },
  zh: {
    cacheHit: '缓存输入',
    cacheHitShort: '缓存',
    cacheMiss: '输入',
    promo: '上线优惠',
    offPeak: '错峰时段：V3半价，R1四分之一价',
    table: {
      event: '事件',
      cacheHit: '输入（缓存命中）',
      cacheMiss: '输入',
      output: '输出',
      promoUntil: (until: string) => `上线优惠至${until}`,
      usd: (prices: number[]) => `DeepSeek美元价：${prices.join(' / ')}美元`,
      inForce: (from: string, window: string) => `${from}起，每天${window}`,
      share: (model: string, share: string, off: string) => `${model}按标价的${share}收费（减价${off}）`,
    },
  },
} as const;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The releases of the main model, in order, and the state from which each is shown. */
const LINE = [
  { id: 'v3', from: 'v3' },
  { id: 'v3-1', from: 'v31' },
  { id: 'v3-2-exp', from: 'v32' },
] as const;

function release(epilogue: readonly EpilogueRow[], id: string): Release {
  const found = epilogue.find((r): r is Release => r.id === id && r.kind === 'release');
  if (!found) throw new Error(`deepseek-path: content/data/epilogue.json has no release "${id}"`);
  return found;
}

export function drawDeepseekPath(
  prices: readonly PriceRow[],
  epilogue: readonly EpilogueRow[],
  { state, layout, lang }: ChartOptions<DeepseekPathState>,
): ChartModel {
  const { chart: t, punctuation: p } = words(lang);
  const w = WORDS[lang];
  const wide = layout === 'wide';
  const { width } = SIZES[layout];
  const v2 = requireRow(prices, 'deepseek-v2', 'deepseek-path', 'prices.json');
  const offPeak = epilogue.find((r): r is Discount => r.kind === 'discount');
  if (v2.outputAfter === null || !offPeak)
    throw new Error('deepseek-path: DeepSeek-V2 has no output price, or the off-peak discount is missing');
  const [v3, v31, r1] = [release(epilogue, 'v3'), release(epilogue, 'v3-1'), release(epilogue, 'r1')];
  const stateIndex = DEEPSEEK_PATH_STATES.indexOf(state);
  /** True while the story has not yet reached state `s`. */
  const notYet = (s: DeepseekPathState) => stateIndex < DEEPSEEK_PATH_STATES.indexOf(s);

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
  const stepLine = lineOf<[Date, number]>()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]))
    .curve(curveStepAfter)
    .digits(2);
  const plotBottom = height - margin.bottom;

  // Bands behind the lines: V3's launch offer, and the off-peak discount until V3.1 ended it.
  const band = (key: string, start: string, until: string, className: string, hidden: boolean): Mark =>
    rect(
      key,
      className,
      { x: x(day(start)), y: margin.top, width: x(day(until)) - x(day(start)), height: plotBottom - margin.top },
      { hidden },
    );
  const promo = v3.promo!;
  const marks: Mark[] = [
    ...yGrid([0.1, 1, 10], y, { x1: margin.left, x2: x(end), format: (v) => formatYuan(v, lang) }),
    ...xTicks(['2024-07-01', '2025-01-01', '2025-07-01'], (month) => x(day(month)), {
      y: plotBottom,
      keys: ['xtick', 'xlabel'],
      format: (month) => formatDay(month.slice(0, 7), lang, true),
    }),
    text('axis-unit', 'axis-label', { x: margin.left, y: height - 6 }, logAxisName(t.perMillion, lang)),
    band('promo-band', v3.date, promo.until, 'band', notYet('v3')),
    band('offpeak-band', offPeak.from, v31.date, 'band band--offpeak', notYet('offpeak')),
    ...(
      [
        ['output', promo.output],
        ['miss', promo.cacheMiss],
        ['hit', promo.cacheHit],
      ] as const
    ).map(([tier, price]) =>
      line(
        `promo-${tier}`,
        `promo series--${tier} c-deepseek`,
        { x1: x(day(v3.date)), x2: x(day(promo.until)), y1: y(price), y2: y(price) },
        { hidden: notYet('v3') },
      ),
    ),
    text('promo-label', 'band-note', { x: x(day(v3.date)) + 3, y: margin.top - 8 }, w.promo, { hidden: notYet('v3') }),
    // At the foot of its band, clear of R1's points and of V3's lines, which run higher.
    text(
      'offpeak-label',
      'band-note',
      { x: x(day(offPeak.from)) + 4, y: plotBottom - 8 },
      wide ? w.offPeak : w.offPeak.split(/[:：]/)[0]!,
      { hidden: notYet('offpeak') },
    ),
  ];

  // Each price holds from its release until the next one shown changes it. Every line keeps one point
  // per release in every state, the releases not yet shown folded onto the last one that is, so that
  // the line grows between states rather than being redrawn.
  const shown = LINE.filter((r) => !notYet(r.from)).length;
  const releases = LINE.map((r) => release(epilogue, r.id));
  const until = shown < releases.length ? day(releases[shown]!.date) : end;
  const tierOf = (r: Release, tier: Tier) =>
    tier === 'output' ? r.list.output : tier === 'miss' ? r.list.cacheMiss : r.list.cacheHit;
  const series: { tier: Tier; label: string; v2?: number }[] = [
    { tier: 'output', label: t.output, v2: v2.outputAfter },
    { tier: 'miss', label: w.cacheMiss, v2: v2.inputAfter },
    { tier: 'hit', label: wide ? w.cacheHit : w.cacheHitShort },
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
    const hidden = s.v2 === undefined && shown === 0;
    marks.push(path(`line-${s.tier}`, `series series--${s.tier} c-deepseek`, stepLine(points)!, { hidden }));
    // V2's lines are named where they start, since V3's lines later run at the same levels.
    if (s.v2 !== undefined)
      marks.push(
        text(
          `start-label-${s.tier}`,
          `label-value series-label--${s.tier}`,
          { x: x(day(v2.date)) + 2, y: y(s.v2) - 7 },
          `${s.label} ${formatYuan(s.v2, lang)}`,
        ),
      );
    endLabels.push({ key: s.tier, want: y(latest), text: `${s.label} ${formatYuan(latest, lang)}`, hidden });
  }

  // R1, a separate model: its three list prices as points on its release day.
  for (const [tier, price] of Object.entries(r1.list))
    marks.push(
      circle(`r1-${tier}`, 'r1 c-deepseek', { cx: x(day(r1.date)), cy: y(price), r: 4.5 }, { hidden: notYet('r1') }),
    );
  const r1Prices = [r1.list.cacheHit, r1.list.cacheMiss, r1.list.output].map((price) => formatYuan(price, lang));
  marks.push(
    text(
      'r1-label',
      'label-name c-deepseek',
      { x: x(day(r1.date)) + 8, y: y(r1.list.output) + 4 },
      `R1${p.colon}${r1Prices.join(p.list)}`,
      { hidden: notYet('r1') },
    ),
  );

  // The column of labels at the right: the model whose prices they are, then one label per line.
  const labelX = width - margin.right + 8;
  // The compact drawing names the model without the company, which every label here shares.
  const model = (shown === 0 ? 'DeepSeek-V2' : releases[shown - 1]!.model).replace(wide ? /^$/ : /^DeepSeek-/, '');
  marks.push(text('end-model', 'label-note', { x: labelX, y: margin.top - 8 }, model));
  const placed = spreadLabels(
    endLabels.map((l) => ({ want: l.want, size: 16 })),
    margin.top,
    plotBottom,
  );
  endLabels.forEach((label, i) =>
    marks.push(
      text(
        `end-label-${label.key}`,
        `label-name series-label--${label.key} c-deepseek`,
        { x: labelX, y: placed[i]! + 4 },
        label.text,
        { hidden: label.hidden },
      ),
    ),
  );

  return { chart: 'deepseek-path', state, layout, width, height, marks };
}

/** DeepSeek's prices release by release, the launch offer, the dollar prices and the off-peak discount. */
function pathTable(prices: readonly PriceRow[], epilogue: readonly EpilogueRow[], lang: Lang): DataTable {
  const { table, punctuation: p } = words(lang);
  const w = WORDS[lang].table;
  const date = (iso: string) => formatDay(iso, lang, true);
  const tiers = (t: { cacheHit: number; cacheMiss: number; output: number }) =>
    [t.cacheHit, t.cacheMiss, t.output].map((price) => formatYuan(price, lang));
  /** A row for an event that set no list price: its date and name, dashes for the prices, then its note. */
  const withoutPrices = (e: EpilogueRow, note: string): Cell[] => [date(e.date), e.event[lang], DASH, DASH, DASH, note];
  const v2 = requireRow(prices, 'deepseek-v2', 'deepseek-path', 'prices.json');
  const rows: Cell[][] = [
    [
      date(v2.date),
      'DeepSeek-V2',
      DASH,
      formatYuan(v2.inputAfter, lang),
      formatYuan(v2.outputAfter!, lang),
      v2.note[lang],
    ],
  ];
  for (const e of epilogue) {
    if (e.kind === 'release') {
      const notes = [
        e.promo ? `${w.promoUntil(date(e.promo.until))}${p.colon}${tiers(e.promo).join(' / ')}` : '',
        e.usd ? w.usd([e.usd.cacheHit, e.usd.cacheMiss, e.usd.output]) : '',
      ].filter(Boolean);
      rows.push([date(e.date), e.event[lang], ...tiers(e.list), notes.join(p.semicolon) || DASH]);
    } else if (e.kind === 'discount') {
      const shares = e.share.map((s) =>
        w.share(s.model, formatPercent(s.share * 100, lang), formatPercent(100 - s.share * 100, lang)),
      );
      rows.push(withoutPrices(e, `${w.inForce(date(e.from), e.window[lang])}${p.colon}${shares.join(p.list)}`));
    } else {
      rows.push(withoutPrices(e, [e.figure[lang], e.note?.[lang]].filter(Boolean).join(p.stop)));
    }
  }
  return { columns: [table.date, w.event, w.cacheHit, w.cacheMiss, w.output, table.note], rows };
}

export default defineChart({
  id: 'deepseek-path',
  states: DEEPSEEK_PATH_STATES,
  finalState: 'v32',
  draw: (data, options) => drawDeepseekPath(data.prices, data.epilogue, options),
  table: (data, lang) => pathTable(data.prices, data.epilogue, lang),
  sources: (data) => [...priceSources(data.prices, ['deepseek-v2']), ...data.epilogue.flatMap((e) => e.sources)],
});
