import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../../src/domain/editions';
import { chartSpec } from '../../../../src/lib/charts';
import type { Layout } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';
import { mark, num } from './helpers';

const draw = (id: string, state: string, layout: Layout = 'wide', lang: Lang = 'en') =>
  chartSpec(id).draw(DATA, { state, layout, lang });

describe('deepseekPath()', () => {
  test('steps from V2 through V3 and V3.1 to V3.2-Exp, with the launch offer and the off-peak discount', () => {
    const output = (state: string) => mark(draw('deepseek-path', state), 'end-label-output').text;
    expect(output('v2')).toBe('Output ¥2');
    expect(output('v3')).toBe('Output ¥8');
    expect(output('v31')).toBe('Output ¥12');
    expect(output('v32')).toBe('Output ¥3');
    expect(mark(draw('deepseek-path', 'v31'), 'end-model').text).toBe('DeepSeek-V3.1');
    expect(mark(draw('deepseek-path', 'v2'), 'promo-band').hidden).toBe(true);
    expect(mark(draw('deepseek-path', 'v32'), 'promo-band').hidden).toBeFalsy();
  });

  test('ends the off-peak band on the day V3.1 ended the discount', () => {
    const model = draw('deepseek-path', 'v32');
    const band = mark(model, 'offpeak-band');
    expect(mark(draw('deepseek-path', 'r1'), 'offpeak-band').hidden).toBe(true);
    expect(band.hidden).toBeFalsy();
    // The output line rises to V3.1's 12 yuan where the band ends.
    const path = String(mark(model, 'line-output').attrs.d);
    const end = num(band, 'x') + num(band, 'width');
    expect(path).toContain(`${Math.round(end * 100) / 100},`);
  });

  test('marks R1’s three list prices as points on its day from the r1 state on, output highest', () => {
    const points = ['r1-cacheHit', 'r1-cacheMiss', 'r1-output'];
    for (const key of points) {
      expect(mark(draw('deepseek-path', 'v3'), key).hidden, `${key} in v3`).toBe(true);
      expect(mark(draw('deepseek-path', 'r1'), key).hidden, `${key} in r1`).toBeFalsy();
      expect(mark(draw('deepseek-path', 'v32'), key).hidden, `${key} in v32`).toBeFalsy();
    }
    const model = draw('deepseek-path', 'r1');
    const cy = (key: string) => num(mark(model, key), 'cy');
    // Higher prices sit higher up: ¥16 output above ¥4 input above ¥1 cached input.
    expect(cy('r1-output')).toBeLessThan(cy('r1-cacheMiss'));
    expect(cy('r1-cacheMiss')).toBeLessThan(cy('r1-cacheHit'));
    expect(mark(model, 'r1-label').text).toBe('R1: ¥1, ¥4, ¥16');
    // R1 came out while V3's launch offer ran: its points sit inside the offer's band.
    const promo = mark(model, 'promo-band');
    expect(num(mark(model, 'r1-output'), 'cx')).toBeGreaterThan(num(promo, 'x'));
    expect(num(mark(model, 'r1-output'), 'cx')).toBeLessThan(num(promo, 'x') + num(promo, 'width'));
  });
});
