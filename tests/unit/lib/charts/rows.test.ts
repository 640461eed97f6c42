import { describe, expect, test } from 'vitest';
import { companyTone, requireRow } from '../../../../src/lib/charts/rows';

describe('requireRow', () => {
  test('finds a row by id, or names the chart, the data file and the id', () => {
    const rows = [{ id: 'a' }, { id: 'b' }];
    expect(requireRow(rows, 'b', 'cascade', 'prices.json')).toBe(rows[1]);
    expect(() => requireRow(rows, 'c', 'cascade', 'prices.json')).toThrow(
      'cascade: content/data/prices.json has no row "c"',
    );
  });
});

describe('companyTone', () => {
  test('DeepSeek’s models and OpenAI’s GPTs have colours of their own; everyone else is a rival', () => {
    expect(companyTone('deepseek-v2')).toBe('c-deepseek');
    expect(companyTone('gpt-4o')).toBe('c-openai');
    expect(companyTone('glm-3-turbo')).toBe('c-rival');
  });
});
