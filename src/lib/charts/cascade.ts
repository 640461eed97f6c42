/**
 * cascade (the-cascade): 6 to 22 May 2024. Each cut is a drop from its price before to its price after,
 * at its date, on a log scale of yuan per million input tokens; free models sit on a separate floor band
 * labelled free, never as a tiny number. GPT-4-Turbo and GPT-4o are reference lines.
 *
 * The chart owns its choreography: which state reveals each row (`REVEALED_IN`) must match the steps of
 * the-cascade's MDX, one per company in the order they moved.
 */
import { scaleLog, scaleUtc } from 'd3';
import type { Lang } from '../../domain/editions';
import { words } from '../../i18n';
import type { PriceRow } from '../../schemas/price';
import { formatDay, formatYuan } from '../format';
import { logAxisName, xTicks, yGrid } from './axes';
import { defineChart } from './define';
import { spreadLabels, textWidth } from './layout';
import { circle, line, path, rect, text } from './marks';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { companyTone, modelName, requireRow, shortCompany } from './rows';
import { pricesTable, priceSources } from './tables';

/** One state per company, in the order they moved, then all of it with the floor of free models lit. */
export const CASCADE_STATES = [
  'deepseek',
  'zhipu',
  'bytedance',
  'alibaba',
  'baidu',
  'iflytek',
  'tencent',
  'all',
] as const;
export type CascadeState = (typeof CASCADE_STATES)[number];

/** The state in which each row first appears. */
const REVEALED_IN: Readonly<Record<string, CascadeState>> = {
  'deepseek-v2': 'deepseek',
  'glm-3-turbo': 'zhipu',
  'gpt-4o': 'bytedance',
  'doubao-pro-32k': 'bytedance',
  'doubao-lite-32k': 'bytedance',
  'qwen-long': 'alibaba',
  'ernie-speed-lite': 'baidu',
  'spark-lite': 'iflytek',
  'hunyuan-lite': 'tencent',
  'hunyuan-pro': 'tencent',
  'hunyuan-standard-256k': 'tencent',
};

const WORDS: Readonly<Record<Lang, { industry: string }>> = {
  en: { industry: 'industry' },
  zh: { industry: '行业价' },
};

const HOUR: Readonly<Record<string, number>> = { morning: 9, afternoon: 15, evening: 20 };

/** When a row was announced; a row without a time of day takes its company's other announcement that day. */
function announcedAt(row: PriceRow, rows: readonly PriceRow[]): Date {
  const sibling = rows.find((r) => r.date === row.date && r.company.en === row.company.en && r.time);
  const time = row.time ?? sibling?.time;
  return new Date(`${row.date}T${String(time ? HOUR[time] : 12).padStart(2, '0')}:00:00Z`);
}

export function drawCascade(
  rows: readonly PriceRow[],
  { state, layout, lang }: ChartOptions<CascadeState>,
): ChartModel {
  const { chart: t, punctuation: p } = words(lang);
  const wide = layout === 'wide';
  const { width, font } = SIZES[layout];
  const labelColumn = wide ? 196 : 142;
  const margin = { left: wide ? 44 : 42, right: labelColumn, top: 14, bottom: 34 };
  const floorHeight = 30;
  const height = wide ? 460 : 440;
  const plotBottom = height - margin.bottom;
  const floorTop = plotBottom - floorHeight;
  const logBottom = floorTop - 12;

  const plotRight = width - margin.right - 8;
  const x = scaleUtc()
    .domain([new Date('2024-05-05T00:00:00Z'), new Date('2024-05-23T06:00:00Z')])
    .range([margin.left, plotRight]);
  const y = scaleLog().domain([0.2, 200]).range([logBottom, margin.top]);
  const floorY = floorTop + floorHeight / 2;
  const yOf = (price: number) => (price === 0 ? floorY : y(price));

  const stateIndex = CASCADE_STATES.indexOf(state);
  const visible = (id: string) => CASCADE_STATES.indexOf(REVEALED_IN[id] ?? 'deepseek') <= stateIndex;
  const toneOf = (id: string) => `${companyTone(id)}${REVEALED_IN[id] === state ? ' is-current' : ''}`;

  // The log scale's gridlines and ticks, and the floor band for free models below a visible break.
  const marks: Mark[] = [
    ...yGrid([1, 10, 100], y, { x1: margin.left, x2: plotRight, format: (v) => formatYuan(v, lang) }),
    rect('floor', state === 'all' ? 'floor is-current' : 'floor', {
      x: margin.left,
      y: floorTop,
      width: plotRight - margin.left,
      height: floorHeight,
    }),
    text('floor-label', 'floor-label', { x: margin.left - 6, y: floorY + 4, anchor: 'end' }, t.free),
    ...xTicks(['2024-05-06', '2024-05-13', '2024-05-20'], (day) => x(new Date(`${day}T00:00:00Z`)), {
      y: plotBottom,
      keys: ['xtick', 'xlabel'],
      format: (day) => formatDay(day, lang),
    }),
    text(
      'axis-unit',
      'axis-label',
      { x: margin.left, y: plotBottom + 31 },
      `${t.input}${p.comma}${logAxisName(t.perMillion, lang)}`,
    ),
  ];

  // The benchmarks: reference lines from the day each was in force.
  for (const id of ['gpt-4-turbo', 'gpt-4o']) {
    const r = requireRow(rows, id, 'cascade', 'prices.json');
    const start = id === 'gpt-4-turbo' ? margin.left : x(announcedAt(r, rows));
    const ly = y(r.inputAfter);
    const hidden = id === 'gpt-4o' && !visible(id);
    // GPT-4o's label ends where its line starts, clear of the cuts that fall through its line later.
    const labelAt = id === 'gpt-4o' ? { x: start - 4, y: ly + 4, anchor: 'end' as const } : { x: start + 4, y: ly - 6 };
    marks.push(
      line(`ref-${id}`, 'reference c-openai', { x1: start, x2: plotRight, y1: ly, y2: ly }, { hidden }),
      text(
        `ref-label-${id}`,
        'reference-label c-openai',
        labelAt,
        `${modelName(r, lang)} ${formatYuan(r.inputAfter, lang)}`,
        { hidden },
      ),
    );
  }

  // The cuts. Announcements at the same moment are set a few pixels apart.
  const drawn = rows.filter((r) => r.role !== 'benchmark');
  const dodge = wide ? 9 : 6;
  const xOf = new Map<string, number>();
  for (const r of drawn) {
    const same = drawn.filter((o) => announcedAt(o, rows).getTime() === announcedAt(r, rows).getTime());
    const i = same.indexOf(r);
    xOf.set(r.id, x(announcedAt(r, rows)) + (i - (same.length - 1) / 2) * dodge);
  }

  for (const r of drawn) {
    const cx = xOf.get(r.id)!;
    const hidden = !visible(r.id);
    const tone = toneOf(r.id);
    const after = yOf(r.inputAfter);
    if (typeof r.inputBefore === 'number') {
      const kind = r.beforeBasis === 'own' ? 'own' : r.beforeBasis === 'industry' ? 'industry' : 'source-only';
      const before = y(r.inputBefore);
      marks.push(
        line(`drop-${r.id}`, `drop drop--${kind} ${tone}`, { x1: cx, x2: cx, y1: before, y2: after - 6 }, { hidden }),
        circle(`before-${r.id}`, `before before--${kind} ${tone}`, { cx, cy: before, r: 4 }, { hidden }),
      );
    } else if (r.inputBefore === 'paid') {
      // The price before is not recorded: a short stub comes down into the floor from above the break.
      marks.push(
        line(
          `drop-${r.id}`,
          `drop drop--paid ${tone}`,
          { x1: cx, x2: cx, y1: logBottom - 14, y2: after - 6 },
          { hidden },
        ),
      );
    }
    marks.push(circle(`dot-${r.id}`, `dot ${tone}`, { cx, cy: after, r: wide ? 5.5 : 4.5 }, { hidden }));
  }

  // Labels in a column on the right, spread so none overlaps, each with a leader to its mark. The
  // layout is worked out for the whole story, so labels do not jump as states add rows.
  const lineHeight = font + 3;
  const placed = spreadLabels(
    drawn.map((r) => ({ want: yOf(r.inputAfter), size: lineHeight * 2 })),
    margin.top,
    plotBottom,
    2,
  );
  const labelX = width - margin.right + 6;
  drawn.forEach((r, i) => {
    const hidden = !visible(r.id);
    const tone = toneOf(r.id);
    const ly = placed[i]!;
    const before = typeof r.inputBefore === 'number' ? `${formatYuan(r.inputBefore, lang)} → ` : '';
    const industry = r.beforeBasis === 'industry' ? `${WORDS[lang].industry} ` : '';
    const prices = `${industry}${before}${formatYuan(r.inputAfter, lang)}`;
    // The company goes first on the second line where the column has room for it.
    const full = `${shortCompany(r, lang)} · ${prices}`;
    const second = textWidth(full, font) <= labelColumn - 8 ? full : prices;
    // The price after the cut holds from its day to the end of the fortnight, then bends to its label.
    const ay = yOf(r.inputAfter);
    marks.push(
      path(
        `leader-${r.id}`,
        `leader ${tone}`,
        `M${xOf.get(r.id)! + 5},${ay}H${plotRight}L${labelX - 10},${ly}H${labelX - 3}`,
        { hidden },
      ),
      text(`label-${r.id}`, `label-name ${tone}`, { x: labelX, y: ly - 2 }, modelName(r, lang, true), { hidden }),
      text(`label-value-${r.id}`, 'label-value', { x: labelX, y: ly + lineHeight - 2 }, second, { hidden }),
    );
  });

  return { chart: 'cascade', state, layout, width, height, marks };
}

export default defineChart({
  id: 'cascade',
  states: CASCADE_STATES,
  finalState: 'all',
  draw: (data, options) => drawCascade(data.prices, options),
  table: (data, lang) => pricesTable(data.prices, lang),
  sources: (data) => priceSources(data.prices),
});
