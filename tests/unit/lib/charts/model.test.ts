import { describe, expect, test } from 'vitest';
import { CHART_IDS, chartSpec } from '../../../../src/lib/charts';
import { SIZES, type Layout } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';

describe('SIZES', () => {
  test('draws wide at 720 with 13-unit type and compact at 360 with 11-unit type', () => {
    expect(SIZES.wide).toEqual({ width: 720, font: 13 });
    expect(SIZES.compact).toEqual({ width: 360, font: 11 });
  });

  test('has a size for the two layouts and no other', () => {
    expect(Object.keys(SIZES).sort()).toEqual(['compact', 'wide']);
  });

  test('is the width every chart draws at in each layout', () => {
    for (const id of CHART_IDS) {
      const spec = chartSpec(id);
      for (const layout of ['wide', 'compact'] as Layout[]) {
        const model = spec.draw(DATA, { state: spec.finalState, layout, lang: 'en' });
        expect(model.width, `${id}/${layout}`).toBe(layout === 'wide' ? 720 : 360);
        expect(model.layout, `${id}/${layout}`).toBe(layout);
      }
    }
  });
});
