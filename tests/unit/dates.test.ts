import { expect, test } from 'vitest';
import { formatSourceDate } from '../../src/lib/dates';

test('formatSourceDate() writes partial dates in each language, without shifting the day', () => {
  expect(formatSourceDate('2024', 'en')).toBe('2024');
  expect(formatSourceDate('2024-05', 'en')).toBe('May 2024');
  expect(formatSourceDate('2024-05-27', 'en')).toBe('27 May 2024');
  expect(formatSourceDate('2024-05-27', 'zh-Hans')).toBe('2024年5月27日');
  expect(formatSourceDate('2025-01-28', 'zh-Hant')).toBe('2025年1月28日');
  expect(() => formatSourceDate('May 2024', 'en')).toThrow('Not a date');
});
