import { describe, expect, test } from 'vitest';
import { priceSlide, SLIDE } from '../../../../src/lib/charts/price-slide';
import { DATA } from '../../data';

describe('priceSlide()', () => {
  const en = priceSlide(DATA.prices, 'en');
  const zh = priceSlide(DATA.prices, 'zh');

  test('slides from GPT-4-Turbo’s input price (¥71.02) down to DeepSeek-V2’s (¥1)', () => {
    expect(en.from).toBe(71.02);
    expect(en.to).toBe(1);
    expect(zh.from).toBe(71.02);
  });

  test('gives GPT-4-Turbo the full bar and DeepSeek-V2 a bar 1/71.02 as long, on one scale', () => {
    const [reference, moving] = en.bars;
    expect(SLIDE.full).toBe(236);
    expect(reference.width).toBeCloseTo(236, 9);
    expect(moving.width).toBeCloseTo(3.323, 3);
    expect(reference.y).toBe(16);
    expect(moving.y).toBe(58);
    expect(SLIDE.left + reference.width).toBeLessThanOrEqual(SLIDE.width);
  });

  test('names each bar’s model, colours it by company and writes its price in the language', () => {
    const [reference, moving] = en.bars;
    expect(reference).toMatchObject({ name: 'GPT-4-Turbo', tone: 'c-openai', value: '¥71.02' });
    expect(moving).toMatchObject({ name: 'DeepSeek-V2', tone: 'c-deepseek', value: '¥1' });
    expect(zh.bars[0].value).toBe('71.02元');
    expect(zh.bars[1].value).toBe('1元');
  });

  test('gives the client a price format and the drawing an accessible name and caption in each language', () => {
    expect(en.format).toBe('¥#');
    expect(zh.format).toBe('#元');
    expect(en.label).toBe('GPT-4-Turbo: 71.02 yuan; DeepSeek-V2: 1 yuan, per million input tokens');
    expect(zh.label).toBe('GPT-4-Turbo：71.02元；DeepSeek-V2：1元（每百万输入tokens）');
    expect(en.caption).toBe('Input price, yuan per million tokens, May 2024');
    expect(zh.caption).toBe('输入价格，元/百万tokens，2024年5月');
  });

  test('names the row it cannot find', () => {
    const withoutTurbo = DATA.prices.filter((row) => row.id !== 'gpt-4-turbo');
    expect(() => priceSlide(withoutTurbo, 'en')).toThrow(
      'price-slide: content/data/prices.json has no row "gpt-4-turbo"',
    );
    const withoutDeepSeek = DATA.prices.filter((row) => row.id !== 'deepseek-v2');
    expect(() => priceSlide(withoutDeepSeek, 'en')).toThrow(
      'price-slide: content/data/prices.json has no row "deepseek-v2"',
    );
  });
});
