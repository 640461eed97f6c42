import { describe, expect, test } from 'vitest';
import { logAxisName, xGrid, xTicks, yGrid } from '../../../../src/lib/charts/axes';
import { formatDay, formatYuan } from '../../../../src/lib/format';
import { num } from './helpers';

describe('yGrid()', () => {
  const marks = yGrid([1, 10, 100], (v) => 200 - v, { x1: 40, x2: 700, format: (v) => formatYuan(v, 'en') });

  test('draws a gridline across the plot at each value, and a label at its left edge', () => {
    expect(marks.map((m) => m.key)).toEqual(['grid-1', 'tick-1', 'grid-10', 'tick-10', 'grid-100', 'tick-100']);
    const grid = marks.find((m) => m.key === 'grid-10')!;
    expect(grid.kind).toBe('line');
    expect(grid.attrs).toEqual({ x1: 40, x2: 700, y1: 190, y2: 190 });
  });

  test('labels each value in the given format, right-aligned just left of the plot', () => {
    const ticks = marks.filter((m) => m.kind === 'text');
    expect(ticks.map((m) => m.text)).toEqual(['¥1', '¥10', '¥100']);
    const tick = marks.find((m) => m.key === 'tick-100')!;
    expect(tick.attrs).toEqual({ x: 34, y: 104, 'text-anchor': 'end' });
  });
});

describe('xGrid()', () => {
  test('draws vertical gridlines with centred labels, hiding the values the state does not show', () => {
    const marks = xGrid([0, 50, 100], (v) => 100 + v * 5, {
      y1: 10,
      y2: 90,
      labelY: 104,
      format: (v) => `${v}%`,
      hidden: (v) => v > 50,
    });
    const grid50 = marks.find((m) => m.key === 'grid-50')!;
    expect(grid50.attrs).toEqual({ x1: 350, x2: 350, y1: 10, y2: 90 });
    const tick100 = marks.find((m) => m.key === 'tick-100')!;
    expect(tick100.text).toBe('100%');
    expect(tick100.attrs).toEqual({ x: 600, y: 104, 'text-anchor': 'middle' });
    expect(marks.filter((m) => m.hidden).map((m) => m.key)).toEqual(['grid-100', 'tick-100']);
    expect(marks.find((m) => m.key === 'tick-0')!.hidden).toBe(false);
  });

  test('leaves marks without a hidden flag when no values are hidden', () => {
    const marks = xGrid([1, 10], (v) => v, { y1: 0, y2: 10, labelY: 20, format: String });
    expect(marks).toHaveLength(4);
    for (const m of marks) expect('hidden' in m).toBe(false);
  });
});

describe('xTicks()', () => {
  test('puts a 5-unit tick below the axis and its label under it, keyed by the names given', () => {
    const days = ['2024-05-06', '2024-05-13'] as const;
    const marks = xTicks(days, (day) => (day === '2024-05-06' ? 100 : 300), {
      y: 200,
      keys: ['day-mark', 'day'],
      format: (day) => formatDay(day, 'en'),
    });
    expect(marks.map((m) => m.key)).toEqual([
      'day-mark-2024-05-06',
      'day-2024-05-06',
      'day-mark-2024-05-13',
      'day-2024-05-13',
    ]);
    const tickMark = marks[2]!;
    expect(tickMark.className).toBe('tick-mark');
    expect(tickMark.attrs).toEqual({ x1: 300, x2: 300, y1: 200, y2: 205 });
    expect(marks[3]!.text).toBe('13 May');
    expect(num(marks[3]!, 'y')).toBe(218);
    expect(marks[3]!.attrs['text-anchor']).toBe('middle');
  });
});

describe('logAxisName()', () => {
  test('adds the log-scale note in the punctuation of each language', () => {
    expect(logAxisName('yuan per million tokens', 'en')).toBe('yuan per million tokens (log scale)');
    expect(logAxisName('元/百万tokens', 'zh')).toBe('元/百万tokens（对数刻度）');
  });
});
