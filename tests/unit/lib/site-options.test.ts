import { describe, expect, test } from 'vitest';
import { normaliseBase, PLACEHOLDER_SITE, siteOptions, siteUrl } from '../../../src/lib/site-options.mjs';

describe('site options', () => {
  test('a base path is a folder, however it is written', () => {
    for (const given of [undefined, '', '/']) expect(normaliseBase(given)).toBe('/');
    for (const given of ['news/price-war', '/news/price-war', 'news/price-war/', '/news/price-war/'])
      expect(normaliseBase(given)).toBe('/news/price-war/');
  });

  test('SITE_URL: the placeholder, said out loud, when unset; an https origin; anything else stops', () => {
    const said: string[] = [];
    expect(siteUrl(undefined, (message) => said.push(message))).toBe(PLACEHOLDER_SITE);
    expect(said[0]).toContain('SITE_URL is not set');
    expect(siteUrl('https://news.example.org/', () => {})).toBe('https://news.example.org');
    expect(() => siteUrl('http://news.example.org', () => {})).toThrow(/must be an https address/);
    expect(() => siteUrl('news.example.org', () => {})).toThrow(/is not an absolute URL/);
  });

  test('the build reads them all from the environment', () => {
    expect(siteOptions({ SITE_URL: 'https://x.org', BASE_PATH: 'a', OUT_DIR: '/tmp/out' }, () => {})).toEqual({
      site: 'https://x.org',
      base: '/a/',
      outDir: '/tmp/out',
    });
  });
});
