import { describe, expect, test } from 'vitest';
import { paraphrasedLabel, quoteText, stanceExcerpt, stanceHref, viewOf } from '../../../src/lib/stances';
import { DATA } from '../data';

const row = (id: string) => {
  const found = DATA.stances.find((stance) => stance.id === id);
  if (!found) throw new Error(`no stance "${id}" in content/data/stances.json`);
  return found;
};

describe('stanceHref()', () => {
  test('leads a quoted person to their first quote, and a company without words to its passage', () => {
    expect(stanceHref(row('volcano-insider'))).toBe('#quote-volcano-few-uses');
    expect(stanceHref(row('deepseek'))).toBe('#the-shot');
    expect(stanceHref(row('wang-xiaochuan'))).toBe('#the-holdouts-wang-xiaochuan');
  });
});

describe('quoteText() and stanceExcerpt()', () => {
  test('an English reader reads our translation, a Chinese reader the speaker’s own words', () => {
    const quote = { original: '原话', translation: 'Our translation' };
    expect(quoteText(quote, 'en')).toBe('Our translation');
    expect(quoteText(quote, 'zh')).toBe('原话');
    expect(stanceExcerpt(row('volcano-insider'), DATA.quotes, 'en')).toMatch(/^The real reason Doubao cut its price/);
    expect(stanceExcerpt(row('volcano-insider'), DATA.quotes, 'zh')).toMatch(/^豆包大模型降价的真实原因/);
  });

  test('a paraphrase is marked as one; a company with no words shows what it did', () => {
    expect(stanceExcerpt(row('wang-xiaochuan'), DATA.quotes, 'en')).toBe(
      'Start-ups should stay out: the cuts are the cloud companies’ new battlefield. (paraphrased)',
    );
    expect(stanceExcerpt(row('wang-xiaochuan'), DATA.quotes, 'zh')).toBe(
      '创业公司别掺和：降价是云厂商的新战场。（转述）',
    );
    expect(stanceExcerpt(row('moonshot'), DATA.quotes, 'en')).toBe('Left its prices as they were throughout May.');
  });

  test('names the row and the quote when the first quote is missing from quotes.json', () => {
    expect(() => stanceExcerpt({ ...row('volcano-insider'), quotes: ['no-such-quote'] }, DATA.quotes, 'en')).toThrow(
      '"volcano-insider" names quote "no-such-quote", which is not in content/data/quotes.json',
    );
  });
});

describe('paraphrasedLabel()', () => {
  test('puts a space before the English label only after text; the Chinese label takes full-width brackets', () => {
    expect(paraphrasedLabel('en')).toBe('(paraphrased)');
    expect(paraphrasedLabel('en', true)).toBe(' (paraphrased)');
    expect(paraphrasedLabel('zh')).toBe('（转述）');
  });
});

describe('viewOf()', () => {
  test('names the view in a few words, or gives the row’s own note where it has one', () => {
    expect(viewOf(row('baidu-insider'), 'en')).toBe('Sceptical');
    expect(viewOf(row('baidu-insider'), 'zh')).toBe('持怀疑态度');
    expect(viewOf(row('deepseek'), 'en')).toBe('No view on record');
    expect(viewOf(row('fu-sheng'), 'en')).toBe('Sceptical of start-ups’ chances');
    expect(viewOf(row('fu-sheng'), 'zh')).toBe('不看好创业公司的机会');
  });
});
