import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { correctionSchema } from '../../../src/schemas/correction';
import { quoteSchema } from '../../../src/schemas/quote';
import { sourceSchema } from '../../../src/schemas/source';
import { QUOTES } from '../../fixtures/brief';

const read = (name: string): unknown[] =>
  JSON.parse(readFileSync(new URL(`../../../content/data/${name}`, import.meta.url), 'utf8'));

describe('the data files', () => {
  const quotes = read('quotes.json').map((q) => quoteSchema.parse(q));
  const sources = read('sources.json').map((s) => sourceSchema.parse(s));
  const corrections = read('corrections.json').map((c) => correctionSchema.parse(c));

  test('have unique ids', () => {
    for (const records of [quotes, sources, corrections]) {
      const ids = records.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  test('hold every quote of the brief, word for word, and nothing else', () => {
    expect(quotes.map((q) => q.original).sort()).toEqual(QUOTES.map((q) => q.zh).sort());
    const curly = (s: string) => s.replace(/[“”]/g, '"').replace(/’/g, "'");
    for (const quote of QUOTES) {
      expect(curly(quotes.find((q) => q.original === quote.zh)!.translation)).toBe(quote.en);
    }
  });

  test('cite only sources that are listed', () => {
    const known = new Set(sources.map((s) => s.id));
    for (const correction of corrections)
      for (const id of correction.sources) expect(known, `${correction.id} → ${id}`).toContain(id);
  });
});

describe('quoteSchema', () => {
  const quote = {
    id: 'kaifu-ofo',
    original: '不应在行业内按照ofo式的烧钱打法重蹈覆辙。',
    translation: 'The industry should not repeat the ofo-style cash burn.',
    speaker: { en: 'Kai-Fu Lee', zh: '李开复' },
    role: null,
    pseudonym: false,
    stance: 'refuses',
    annotations: [
      { on: { original: 'ofo', translation: 'ofo' }, en: 'A bike-sharing start-up.', zh: '共享单车公司。' },
    ],
    sources: ['jiemian'],
  };

  test('accepts a quote whose annotated phrases are in its words', () => {
    expect(quoteSchema.safeParse(quote).success).toBe(true);
  });

  test('names an annotation whose phrase is not in the quote', () => {
    const result = quoteSchema.safeParse({
      ...quote,
      annotations: [{ ...quote.annotations[0], on: { original: 'ofo', translation: 'Uber' } }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['annotations', 0, 'on', 'translation']);
    expect(result.error!.issues[0]!.message).toBe('"Uber" is not in the translation');
  });

  test('names a stance that is not one of the five', () => {
    const result = quoteSchema.safeParse({ ...quote, stance: 'angry' });
    expect(result.error!.issues[0]!.path).toEqual(['stance']);
  });
});

describe('sourceSchema', () => {
  test('rejects an insecure URL and a date in words', () => {
    const result = sourceSchema.safeParse({
      id: 'x',
      title: { en: 'T', zh: 'T' },
      publisher: { en: 'P', zh: 'P' },
      url: 'http://example.com/',
      date: 'May 2024',
    });
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['date', 'url']);
  });
});
