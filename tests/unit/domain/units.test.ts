import { describe, expect, test } from 'vitest';
import {
  CNY_PER_USD,
  cnyToUsd,
  fractionOf,
  perThousandToPerMillion,
  percentCut,
  toCnyPerMillion,
  tokensPerYuan,
  tokensToChineseCharacters,
  usdToCny,
} from '../../../src/domain/units';

describe('conversions', () => {
  test('per thousand tokens to per million, without floating-point noise', () => {
    expect(perThousandToPerMillion(0.0008)).toBe(0.8);
    expect(perThousandToPerMillion(0.0005)).toBe(0.5);
    expect(perThousandToPerMillion(0.12)).toBe(120);
    expect(perThousandToPerMillion(0.008)).toBe(8);
  });

  test('dollars to yuan at the central parity of 16 May 2024', () => {
    expect(CNY_PER_USD).toBe(7.102);
    expect(usdToCny(10)).toBe(71.02);
    expect(usdToCny(30)).toBe(213.06);
    expect(usdToCny(5)).toBe(35.51);
    expect(usdToCny(15)).toBe(106.53);
    expect(cnyToUsd(71.02)).toBe(10);
  });

  test('toCnyPerMillion() reads each published unit', () => {
    expect(toCnyPerMillion(0.02, 'CNY/K')).toBe(20);
    expect(toCnyPerMillion(10, 'USD/M')).toBe(71.02);
    expect(toCnyPerMillion(1, 'CNY/M')).toBe(1);
  });
});

describe('the brief’s figures', () => {
  test('percentCut() pins every cut the story states', () => {
    expect(percentCut(5, 1)).toBe(80); // Zhipu GLM-3 Turbo, not the 90% of the source
    expect(percentCut(20, 0.5)).toBe(97.5); // Qwen-Long
    expect(percentCut(120, 0.8).toFixed(1)).toBe('99.3'); // Doubao pro-32k below the industry price
    expect(percentCut(100, 30)).toBe(70); // Hunyuan-pro
    expect(percentCut(120, 15)).toBe(87.5); // Hunyuan-standard-256k
    expect(percentCut(8, 0)).toBe(100);
  });

  test('fractionOf() pins DeepSeek-V2 against GPT-4-Turbo and GPT-4o', () => {
    expect(fractionOf(1, usdToCny(10))).toBe(71);
    expect(fractionOf(2, usdToCny(30))).toBe(107);
    expect(fractionOf(1 + 2, usdToCny(10) + usdToCny(30))).toBe(95); // an even mix of input and output
    expect(fractionOf(0.8, 120)).toBe(150); // Doubao against the industry
    expect(usdToCny(5) / 1).toBeGreaterThan(35);
    expect(usdToCny(15) / 2).toBeGreaterThan(53);
  });

  test('tokensPerYuan() pins what one yuan buys', () => {
    expect(tokensPerYuan(1)).toBe(1_000_000); // DeepSeek-V2 input
    expect(tokensPerYuan(0.5)).toBe(2_000_000); // Qwen-Long input
    expect(tokensPerYuan(0.8)).toBe(1_250_000); // Doubao pro-32k input
    expect(tokensPerYuan(0)).toBe(Number.POSITIVE_INFINITY);
  });

  test('a million tokens is about 1.67 million Chinese characters', () => {
    expect(Math.round(tokensToChineseCharacters(1_000_000))).toBe(1_666_667);
  });
});

describe('bad input', () => {
  test('a cut from nothing, or a ratio to a free price, is an error', () => {
    expect(() => percentCut(0, 0)).toThrow(RangeError);
    expect(() => fractionOf(0, 71.02)).toThrow(RangeError);
  });
});
