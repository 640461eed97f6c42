import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import {
  commonHeaders,
  formatHeaders,
  formatRedirects,
  headerRules,
  IMMUTABLE,
  styleHashes,
} from '../../../src/lib/host-files';

const FILES = [
  'index.html',
  '404.html',
  'zh/404.html',
  '_astro/a.js',
  'embed/the-cascade/index.html',
  'data/prices.csv',
];

describe('headerRules', () => {
  test('the page policy covers the whole base; hashed files are immutable; embeds drop the framing ban', () => {
    const rules = headerRules('/news/', FILES);
    expect(rules[0]).toEqual({ path: '/news/*', headers: commonHeaders() });
    const hashed = rules.find((rule) => rule.path === '/news/_astro/*')!;
    expect(hashed.headers['Cache-Control']).toBe(IMMUTABLE);
    expect(hashed.detach).toEqual(['Cache-Control']);
    const embed = rules.find((rule) => rule.path === '/news/embed/*')!;
    expect(embed.detach).toEqual(['Content-Security-Policy', 'X-Frame-Options']);
    expect(embed.headers['Content-Security-Policy']).toContain('frame-ancestors *');
    expect(commonHeaders()['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  test('no inline style is allowed but the ones the build wrote, by their hashes, in pages and embeds alike', () => {
    const hash = 'sha256-abc=';
    const rules = headerRules('/', FILES, [hash]);
    for (const rule of [rules[0]!, rules.find((r) => r.path === '/embed/*')!]) {
      const styleSrc = rule.headers['Content-Security-Policy']!.split('; ').find((d) => d.startsWith('style-src'));
      expect(styleSrc).toBe("style-src 'self' 'sha256-abc='");
    }
    expect(commonHeaders()['Content-Security-Policy']).toContain("style-src 'self';");
    expect(commonHeaders()['Content-Security-Policy']).not.toContain('unsafe-inline');
  });

  test('a folder the build lacks gets no rule', () => {
    const paths = headerRules('/', ['index.html']).map((rule) => rule.path);
    expect(paths).toEqual(['/*']);
  });

  test('a base that is not a folder is refused', () => {
    expect(() => headerRules('news', FILES)).toThrow(/must start and end with "\/"/);
  });
});

describe('styleHashes', () => {
  test('one sha256 source per distinct <style> element of the files, as CSP computes it', () => {
    const css = 'svg{fill:red}';
    const expected = `sha256-${createHash('sha256').update(css).digest('base64')}`;
    expect(
      styleHashes([`<svg><style>${css}</style></svg>`, `<p>x</p><style>${css}</style>`, '<p>no style</p>']),
    ).toEqual([expected]);
    expect(styleHashes(['<style>a{}</style><style>b{}</style>'])).toHaveLength(2);
    // Tailwind writes media ranges with "<": the element ends only at its end tag.
    const ranged = '@media (width<40rem){a{b:c}}';
    expect(styleHashes([`<style>${ranged}</style>`])).toEqual([
      `sha256-${createHash('sha256').update(ranged).digest('base64')}`,
    ]);
  });
});

describe('the files a host reads', () => {
  test('_headers writes each rule, its detached headers first', () => {
    const text = formatHeaders(headerRules('/', FILES));
    expect(text).toMatch(
      /^\/embed\/\*\n {2}! Content-Security-Policy\n {2}! X-Frame-Options\n {2}Content-Security-Policy: /m,
    );
  });

  test('_redirects sends a missing page to its own edition’s 404, folders before the root', () => {
    const lines = formatRedirects('/base/', FILES)
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(lines).toEqual(['/base/zh/*  /base/zh/404.html  404', '/base/*  /base/404.html  404']);
  });
});
