import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../../src/domain/editions';
import { chartSpec } from '../../../../src/lib/charts';
import type { Layout } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';
import { mark, num } from './helpers';

const draw = (id: string, state: string, layout: Layout = 'wide', lang: Lang = 'en') =>
  chartSpec(id).draw(DATA, { state, layout, lang });

describe('priceGap()', () => {
  test('shows the ratios of the brief, 1/71 and 1/107', () => {
    const model = draw('price-gap', 'deepseek');
    expect(mark(model, 'gap-label-input').text).toBe('1/71');
    expect(mark(model, 'gap-label-output').text).toBe('1/107');
  });

  test('keeps DeepSeek hidden at GPT-4-Turbo’s price until it falls into place', () => {
    const before = draw('price-gap', 'turbo');
    const after = draw('price-gap', 'deepseek');
    expect(mark(before, 'dot-deepseek-v2-input').hidden).toBe(true);
    expect(num(mark(before, 'dot-deepseek-v2-input'), 'cx')).toBe(num(mark(before, 'dot-gpt-4-turbo-input'), 'cx'));
    // The axis widens when DeepSeek arrives: one yuan is off the scale before, on it after.
    expect(mark(before, 'tick-1').hidden).toBe(true);
    expect(mark(after, 'tick-1').hidden).toBeFalsy();
    expect(num(mark(after, 'dot-gpt-4-turbo-input'), 'cx')).toBeGreaterThan(
      num(mark(before, 'dot-gpt-4-turbo-input'), 'cx'),
    );
    expect(num(mark(after, 'dot-deepseek-v2-input'), 'cx')).toBeLessThan(num(mark(after, 'dot-gpt-4o-input'), 'cx'));
    expect(mark(before, 'dot-gpt-4o-input').hidden).toBe(true);
    expect(mark(draw('price-gap', 'gpt4o'), 'dot-gpt-4o-input').hidden).toBeFalsy();
  });
});
