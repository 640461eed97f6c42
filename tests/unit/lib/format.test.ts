import { expect, test } from 'vitest';
import {
  formatCount,
  formatDay,
  formatPercent,
  formatYuan,
  formatSourceDate,
  punctuation,
} from '../../../src/lib/format';

test('formatYuan() writes prices and free in each language', () => {
  expect(formatYuan(71.02, 'en')).toBe('¥71.02');
  expect(formatYuan(0.8, 'zh')).toBe('0.8元');
  expect(formatYuan(0, 'en')).toBe('free');
  expect(formatYuan(0, 'zh')).toBe('免费');
});

test('formatCount() uses millions in English and 万 in Chinese', () => {
  expect(formatCount(1_250_000, 'en')).toBe('1.25 million');
  expect(formatCount(33_333.3, 'en')).toBe('33,333');
  expect(formatCount(1_250_000, 'zh')).toBe('125万');
  expect(formatCount(66_666.7, 'zh')).toBe('6.7万');
  // Chinese groups thousands with 万, not with commas.
  expect(formatCount(8_333.3, 'zh')).toBe('8333');
});

test('formatPercent() and formatDay()', () => {
  expect(formatPercent(97.5, 'en')).toBe('97.5%');
  expect(formatPercent(99.3333, 'zh')).toBe('99.3%');
  expect(formatDay('2024-05-06', 'en')).toBe('6 May');
  expect(formatDay('2024-05-06', 'zh')).toBe('5月6日');
  expect(formatDay('2025-01', 'en', true)).toBe('Jan 2025');
  expect(formatDay('2025-09-29', 'en', true)).toBe('29 Sep 2025');
});

test('punctuation() is full-width in Chinese', () => {
  expect(punctuation('zh').paren('转述')).toBe('（转述）');
  expect(punctuation('en').paren('paraphrased')).toBe(' (paraphrased)');
  expect(punctuation('zh').colon).toBe('：');
});

test('formatSourceDate() writes partial dates in each language, without shifting the day', () => {
  expect(formatSourceDate('2024', 'en')).toBe('2024');
  expect(formatSourceDate('2024-05', 'en')).toBe('May 2024');
  expect(formatSourceDate('2024-05-27', 'en')).toBe('27 May 2024');
  expect(formatSourceDate('2024-05-27', 'zh-Hans')).toBe('2024年5月27日');
  expect(formatSourceDate('2025-01-28', 'zh-Hant')).toBe('2025年1月28日');
  expect(() => formatSourceDate('May 2024', 'en')).toThrow('Not a date');
});
