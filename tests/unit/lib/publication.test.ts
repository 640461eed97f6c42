import { describe, expect, test } from 'vitest';
import { PUBLISHED, UPDATED } from '../../../src/lib/publication';

/** A date written YYYY-MM-DD that names a real day of the calendar (not 2026-02-30). */
const isCalendarDate = (text: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

describe('PUBLISHED and UPDATED', () => {
  test('are ISO dates of real days, as <time datetime> and JSON-LD need them', () => {
    expect(isCalendarDate(PUBLISHED)).toBe(true);
    expect(isCalendarDate(UPDATED)).toBe(true);
  });

  test('the revision comes after publication, and both after the May 2024 price war they report', () => {
    expect(UPDATED > PUBLISHED).toBe(true);
    expect(PUBLISHED > '2024-05-31').toBe(true);
  });

  test('name the days the article came out and was revised', () => {
    expect(PUBLISHED).toBe('2026-11-28');
    expect(UPDATED).toBe('2026-12-01');
  });
});
