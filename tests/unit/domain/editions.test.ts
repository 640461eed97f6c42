import { describe, expect, test } from 'vitest';
import { EDITIONS, editionFromPath, editionHref, getEdition } from '../../../src/domain/editions';

describe('editionFromPath()', () => {
  test('reads the edition from the first path segment', () => {
    expect(editionFromPath('/').id).toBe('en');
    expect(editionFromPath('/zh/').id).toBe('zh');
    expect(editionFromPath('/zh-hant/').id).toBe('zh-hant');
    expect(editionFromPath('/zh-hant/embed/hero/').id).toBe('zh-hant');
  });

  test('ignores the site base path', () => {
    expect(editionFromPath('/news/2024/price-war/zh/', '/news/2024/price-war/').id).toBe('zh');
    expect(editionFromPath('/news/2024/price-war/', '/news/2024/price-war/').id).toBe('en');
  });

  test('does not mistake a longer segment for an edition', () => {
    expect(editionFromPath('/zhx/').id).toBe('en');
  });
});

describe('editionHref()', () => {
  test('joins base, edition path and section', () => {
    expect(editionHref(getEdition('en'))).toBe('/');
    expect(editionHref(getEdition('zh'), '/', 'the-shot')).toBe('/zh/#the-shot');
    expect(editionHref(getEdition('zh-hant'), '/news/2024/price-war')).toBe('/news/2024/price-war/zh-hant/');
  });
});

test('editions have distinct paths and languages, and only 繁體 is converted', () => {
  expect(new Set(EDITIONS.map((e) => e.path)).size).toBe(EDITIONS.length);
  expect(EDITIONS.map((e) => e.lang)).toEqual(['en', 'zh-Hans', 'zh-Hant-TW']);
  expect(EDITIONS.filter((e) => e.traditional).map((e) => e.id)).toEqual(['zh-hant']);
});

test('each edition’s short name is part of its full name, so the link’s visible text is in its accessible name', () => {
  for (const edition of EDITIONS) expect(edition.label.toLowerCase()).toContain(edition.short.toLowerCase());
});
