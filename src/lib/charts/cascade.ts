/**
 * cascade (the-cascade): 6 to 22 May 2024. Each cut is a drop from its price before to its price after,
 * at its date, on a log scale of yuan per million input tokens; free models sit on a separate floor band
 * labelled free, never as a tiny number. GPT-4-Turbo and GPT-4o are reference lines.
 */
import { scaleLog, scaleUtc } from 'd3';
import { modelName, type PriceRow } from '../../schemas/price';
import { formatDay, formatYuan, punctuation } from '../format';
import { spreadLabels, textWidth } from './layout';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { chartText, companyClass } from './text';

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
const STEP_OF: Readonly<Record<string, CascadeState>> = {
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

const HOUR: Readonly<Record<string, number>> = { morning: 9, afternoon: 15, evening: 20 };

function when(row: PriceRow, rows: readonly PriceRow[]): Date {
  // A row without a time of day takes the time of its company's other announcement that day.
  const sibling = rows.find((r) => r.date === row.date && r.company.en === row.company.en && r.time);
  const time = row.time ?? sibling?.time;
  return new Date(`${row.date}T${String(time ? HOUR[time] : 12).padStart(2, '0')}:00:00Z`);
}

export function cascade(rows: readonly PriceRow[], { state, layout, lang }: ChartOptions<CascadeState>): ChartModel {
  const t = chartText(lang);
  const wide = layout === 'wide';
  const { width } = SIZES[layout];
  const font = wide ? 13 : 11;
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

  const stepIndex = CASCADE_STATES.indexOf(state);
  const visible = (id: string) => CASCADE_STATES.indexOf(STEP_OF[id] ?? 'deepseek') <= stepIndex;
  const current = (id: string) => STEP_OF[id] === state;
  const byId = (id: string) => {
    const found = rows.find((r) => r.id === id);
    if (!found) throw new Error(`cascade: content/data/prices.json has no row "${id}"`);
    return found;
  };

  const marks: Mark[] = [];

  // The log scale's gridlines and ticks, and the floor band for free models below a visible break.
  for (const tick of [1, 10, 100]) {
    marks.push({
      key: `grid-${tick}`,
      kind: 'line',
      className: 'grid',
      attrs: { x1: margin.left, x2: plotRight, y1: y(tick), y2: y(tick) },
    });
    marks.push({
      key: `tick-${tick}`,
      kind: 'text',
      className: 'tick',
      attrs: { x: margin.left - 6, y: y(tick) + 4, 'text-anchor': 'end' },
      text: formatYuan(tick, lang),
    });
  }
  marks.push({
    key: 'floor',
    kind: 'rect',
    className: state === 'all' ? 'floor is-current' : 'floor',
    attrs: { x: margin.left, y: floorTop, width: plotRight - margin.left, height: floorHeight },
  });
  marks.push({
    key: 'floor-label',
    kind: 'text',
    className: 'floor-label',
    attrs: { x: margin.left - 6, y: floorY + 4, 'text-anchor': 'end' },
    text: t.free,
  });
  const ticks = ['2024-05-06', '2024-05-13', '2024-05-20'];
  for (const day of ticks) {
    const at = x(new Date(`${day}T00:00:00Z`));
    marks.push({
      key: `xtick-${day}`,
      kind: 'line',
      className: 'tick-mark',
      attrs: { x1: at, x2: at, y1: plotBottom, y2: plotBottom + 5 },
    });
    marks.push({
      key: `xlabel-${day}`,
      kind: 'text',
      className: 'tick',
      attrs: { x: at, y: plotBottom + 18, 'text-anchor': 'middle' },
      text: formatDay(day, lang),
    });
  }
  marks.push({
    key: 'axis-unit',
    kind: 'text',
    className: 'axis-label',
    attrs: { x: margin.left, y: plotBottom + 31 },
    text: `${t.input}${punctuation(lang).comma}${t.perMillion}${punctuation(lang).paren(t.logNote)}`,
  });

  // The benchmarks: reference lines from the day each was in force.
  for (const id of ['gpt-4-turbo', 'gpt-4o']) {
    const r = byId(id);
    const start = id === 'gpt-4-turbo' ? margin.left : x(when(r, rows));
    const ly = y(r.inputAfter);
    const hidden = id === 'gpt-4o' && !visible(id);
    marks.push({
      key: `ref-${id}`,
      kind: 'line',
      className: 'reference c-openai',
      attrs: { x1: start, x2: plotRight, y1: ly, y2: ly },
      hidden,
    });
    // GPT-4o's label ends where its line starts, clear of the cuts that fall through its line later.
    marks.push({
      key: `ref-label-${id}`,
      kind: 'text',
      className: 'reference-label c-openai',
      attrs: id === 'gpt-4o' ? { x: start - 4, y: ly + 4, 'text-anchor': 'end' } : { x: start + 4, y: ly - 6 },
      text: `${modelName(r, lang)} ${formatYuan(r.inputAfter, lang)}`,
      hidden,
    });
  }

  // The cuts. Announcements at the same moment are set a few pixels apart.
  const drawn = rows.filter((r) => r.role !== 'benchmark');
  const dodge = wide ? 9 : 6;
  const xOf = new Map<string, number>();
  for (const r of drawn) {
    const same = drawn.filter((o) => when(o, rows).getTime() === when(r, rows).getTime());
    const i = same.indexOf(r);
    xOf.set(r.id, x(when(r, rows)) + (i - (same.length - 1) / 2) * dodge);
  }

  for (const r of drawn) {
    const cx = xOf.get(r.id)!;
    const hidden = !visible(r.id);
    const tone = `${companyClass(r.id)}${current(r.id) ? ' is-current' : ''}`;
    const after = yOf(r.inputAfter);
    if (typeof r.inputBefore === 'number') {
      const kind = r.beforeBasis === 'own' ? 'own' : r.beforeBasis === 'industry' ? 'industry' : 'source-only';
      marks.push({
        key: `drop-${r.id}`,
        kind: 'line',
        className: `drop drop--${kind} ${tone}`,
        attrs: { x1: cx, x2: cx, y1: y(r.inputBefore), y2: after - 6 },
        hidden,
      });
      marks.push({
        key: `before-${r.id}`,
        kind: 'circle',
        className: `before before--${kind} ${tone}`,
        attrs: { cx, cy: y(r.inputBefore), r: 4 },
        hidden,
      });
    } else if (r.inputBefore === 'paid') {
      // The price before is not recorded: a short stub comes down into the floor from above the break.
      marks.push({
        key: `drop-${r.id}`,
        kind: 'line',
        className: `drop drop--paid ${tone}`,
        attrs: { x1: cx, x2: cx, y1: logBottom - 14, y2: after - 6 },
        hidden,
      });
    }
    marks.push({
      key: `dot-${r.id}`,
      kind: 'circle',
      className: `dot ${tone}`,
      attrs: { cx, cy: after, r: wide ? 5.5 : 4.5 },
      hidden,
    });
  }

  // Labels in a column on the right, spread so none overlaps, each with a leader to its mark. The
  // layout is worked out for the whole story, so labels do not jump as states add rows.
  const lineHeight = font + 3;
  const labelHeight = lineHeight * 2;
  const wants = drawn.map((r) => yOf(r.inputAfter));
  const placed = spreadLabels(
    wants.map((want) => ({ want, size: labelHeight })),
    margin.top,
    plotBottom,
    2,
  );
  const labelX = width - margin.right + 6;
  drawn.forEach((r, i) => {
    const hidden = !visible(r.id);
    const tone = `${companyClass(r.id)}${current(r.id) ? ' is-current' : ''}`;
    const ly = placed[i]!;
    const before = typeof r.inputBefore === 'number' ? `${formatYuan(r.inputBefore, lang)} → ` : '';
    const industry = r.beforeBasis === 'industry' ? `${t.industryShort} ` : '';
    const prices = `${industry}${before}${formatYuan(r.inputAfter, lang)}`;
    // The company goes first on the second line where the column has room for it.
    const company = r.company[lang].replace(/\s*[（(].*$/, '');
    const full = `${company} · ${prices}`;
    const second = textWidth(full, font) <= labelColumn - 8 ? full : prices;
    // The price after the cut holds from its day to the end of the fortnight, then bends to its label.
    const ay = yOf(r.inputAfter);
    marks.push({
      key: `leader-${r.id}`,
      kind: 'path',
      className: `leader ${tone}`,
      attrs: { d: `M${xOf.get(r.id)! + 5},${ay}H${plotRight}L${labelX - 10},${ly}H${labelX - 3}` },
      hidden,
    });
    marks.push({
      key: `label-${r.id}`,
      kind: 'text',
      className: `label-name ${tone}`,
      attrs: { x: labelX, y: ly - 2 },
      text: modelName(r, lang, true),
      hidden,
    });
    marks.push({
      key: `label-value-${r.id}`,
      kind: 'text',
      className: 'label-value',
      attrs: { x: labelX, y: ly + lineHeight - 2 },
      text: second,
      hidden,
    });
  });

  return { chart: 'cascade', state, layout, width, height, marks };
}
