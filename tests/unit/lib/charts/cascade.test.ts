import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../../src/domain/editions';
import { chartSpec } from '../../../../src/lib/charts';
import { CASCADE_STATES } from '../../../../src/lib/charts/cascade';
import type { Layout } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';
import { mark, num } from './helpers';

const draw = (id: string, state: string, layout: Layout = 'wide', lang: Lang = 'en') =>
  chartSpec(id).draw(DATA, { state, layout, lang });

describe('cascade()', () => {
  const model = draw('cascade', 'tencent');
  const floor = mark(model, 'floor');
  const inFloor = (y: number) => y >= num(floor, 'y') && y <= num(floor, 'y') + num(floor, 'height');

  test('puts free models on the floor band and priced ones above it', () => {
    for (const row of DATA.prices.filter((r) => r.role !== 'benchmark')) {
      const cy = num(mark(model, `dot-${row.id}`), 'cy');
      expect(inFloor(cy), `${row.id} at ${row.inputAfter}`).toBe(row.inputAfter === 0);
    }
  });

  test('draws each cut as a drop from its price before to its price after', () => {
    const drop = mark(model, 'drop-glm-3-turbo');
    expect(num(drop, 'y1')).toBeLessThan(num(drop, 'y2'));
    expect(num(mark(model, 'before-glm-3-turbo'), 'cy')).toBe(num(drop, 'y1'));
    expect(drop.className).toContain('drop--own');
    expect(mark(model, 'drop-doubao-pro-32k').className).toContain('drop--industry');
    expect(mark(model, 'drop-hunyuan-lite').className).toContain('drop--source-only');
  });

  test('uses a log scale: each decade of price is the same height', () => {
    const y = (tick: number) => num(mark(model, `grid-${tick}`), 'y1');
    expect(y(1) - y(10)).toBeCloseTo(y(10) - y(100), 6);
  });

  test('adds one company per state, in the order they moved', () => {
    const shown = (state: string) =>
      draw('cascade', state)
        .marks.filter((m) => m.key.startsWith('dot-') && !m.hidden)
        .map((m) => m.key);
    expect(shown('deepseek')).toEqual(['dot-deepseek-v2']);
    let previous = 0;
    for (const state of CASCADE_STATES.filter((s) => s !== 'all')) {
      const count = shown(state).length;
      expect(count).toBeGreaterThan(previous);
      previous = count;
    }
    expect(shown('all')).toHaveLength(previous);
    expect(previous).toBe(DATA.prices.filter((r) => r.role !== 'benchmark').length);
  });
});
