import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../../src/domain/editions';
import { chartSpec } from '../../../../src/lib/charts';
import type { Layout, Mark } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';
import { mark } from './helpers';

const draw = (id: string, state: string, layout: Layout = 'wide', lang: Lang = 'en') =>
  chartSpec(id).draw(DATA, { state, layout, lang });

describe('gpuStock()', () => {
  test('draws 100 confirmed squares of 100 GPUs, and the estimate apart, in outline', () => {
    const model = draw('gpu-stock', 'estimate');
    // One path per group, one closed square per subpath.
    const squares = (m: Mark) => String(m.attrs.d).match(/M[\d.]+ [\d.]+h[\d.]+v[\d.]+h-[\d.]+z/g) ?? [];
    const confirmed = mark(model, 'confirmed-squares');
    const estimate = mark(model, 'estimate-squares');
    expect(squares(confirmed)).toHaveLength(100);
    expect(squares(estimate)).toHaveLength(100);
    expect(String(confirmed.attrs.d)).toBe(squares(confirmed).join(''));
    expect(estimate.className).toContain('unit--estimate');
    expect(confirmed.className).not.toContain('unit--estimate');
    // Squares sit on a grid of ten a row, none overlapping.
    const corners = squares(confirmed).map((s) =>
      s
        .match(/M([\d.]+) ([\d.]+)/)!
        .slice(1)
        .join(','),
    );
    expect(new Set(corners).size).toBe(100);
    expect(new Set(corners.map((c) => c.split(',')[0])).size).toBe(10);
    const shown = (state: string) => draw('gpu-stock', state).marks.filter((m) => m.kind === 'path' && !m.hidden);
    expect(shown('empty')).toHaveLength(0);
    expect(shown('confirmed').map((m) => m.key)).toEqual(['confirmed-squares']);
    expect(shown('estimate').map((m) => m.key)).toEqual(['confirmed-squares', 'estimate-squares']);
  });
});
