import { describe, expect, test } from 'vitest';
import { markPhrases } from '../../../src/lib/phrases';

describe('markPhrases()', () => {
  test('marks each phrase at its first occurrence, keeping all the text', () => {
    const runs = markPhrases('If the market stays this cut-throat, we go abroad.', ['cut-throat']);
    expect(runs).toEqual([
      { text: 'If the market stays this ' },
      { text: 'cut-throat', phrase: 0 },
      { text: ', we go abroad.' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('If the market stays this cut-throat, we go abroad.');
  });

  test('orders runs by position, whatever the order of the phrases', () => {
    const runs = markPhrases('B端 and C端', ['C端', 'B端']);
    expect(runs.filter((r) => r.phrase !== undefined).map((r) => r.phrase)).toEqual([1, 0]);
  });

  test('skips phrases that are missing or overlap one already marked', () => {
    expect(markPhrases('羊毛出在猪身上', [undefined, '不在', '羊毛出在猪身上', '猪'])).toEqual([
      { text: '羊毛出在猪身上', phrase: 2 },
    ]);
  });
});
