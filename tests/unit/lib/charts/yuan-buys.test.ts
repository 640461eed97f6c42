import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../../src/domain/editions';
import { chartSpec } from '../../../../src/lib/charts';
import type { Layout } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';
import { mark, num } from './helpers';

const draw = (id: string, state: string, layout: Layout = 'wide', lang: Lang = 'en') =>
  chartSpec(id).draw(DATA, { state, layout, lang });

describe('yuanBuys()', () => {
  test('shows what one yuan buys, and free models in the no-limit band', () => {
    const model = draw('yuan-buys', 'all');
    expect(mark(model, 'value-deepseek-v2').text).toBe('1 million');
    expect(mark(model, 'value-qwen-long').text).toBe('2 million');
    expect(mark(model, 'value-doubao-pro-32k').text).toBe('1.25 million');
    const zone = mark(model, 'free-zone');
    const cx = num(mark(model, 'dot-spark-lite'), 'cx');
    expect(cx).toBeGreaterThan(num(zone, 'x'));
    expect(cx).toBeLessThan(num(zone, 'x') + num(zone, 'width'));
  });

  test('reads the same scale in Chinese characters, at 0.6 tokens a character', () => {
    const model = draw('yuan-buys', 'all');
    // 1,000,000 characters sit where 600,000 tokens would.
    const chars = num(mark(model, 'ctick-mark-1000000'), 'x1');
    const tokens = (t: number) => num(mark(model, `grid-${t}`), 'x1');
    const perDecade = tokens(1_000_000) - tokens(100_000);
    expect(chars).toBeCloseTo(tokens(100_000) + perDecade * Math.log10(6), 6);
  });
});
