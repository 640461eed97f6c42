import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkDataFile, isUnsafeUrl, remarkSafeLinks } from '../../../src/lib/careless-input';

const DATA_DIR = new URL('../../../content/data/', import.meta.url);

describe('isUnsafeUrl()', () => {
  test('flags javascript:, data: and vbscript: however they are cased, padded or split by tabs, but not https, fragments or mailto', () => {
    expect(isUnsafeUrl('javascript:alert(1)')).toBe(true);
    expect(isUnsafeUrl('  JavaScript:alert(1)')).toBe(true);
    expect(isUnsafeUrl('java\tscr\nipt:alert(1)')).toBe(true);
    expect(isUnsafeUrl('data:text/html,<script>alert(1)</script>')).toBe(true);
    expect(isUnsafeUrl('VBScript:msgbox')).toBe(true);
    // A control character before the scheme, which browsers strip.
    expect(isUnsafeUrl('\x01javascript:alert(1)')).toBe(true);
    expect(isUnsafeUrl('https://www.jiemian.com/article/1.html')).toBe(false);
    expect(isUnsafeUrl('#the-shot')).toBe(false);
    expect(isUnsafeUrl('mailto:desk@example.org')).toBe(false);
    expect(isUnsafeUrl('/search?q=javascript:')).toBe(false);
  });
});

describe('checkDataFile()', () => {
  test('accepts every data file the project ships, and prose that begins like a scheme outside address fields', () => {
    const files = readdirSync(DATA_DIR).filter((name) => name.endsWith('.json'));
    expect(files).toContain('sources.json');
    for (const name of files) {
      expect(() => checkDataFile(`content/data/${name}`, readFileSync(new URL(name, DATA_DIR), 'utf8'))).not.toThrow();
    }
    const prose = JSON.stringify([{ id: 'n', note: 'Data: the 2024 price list', title: 'javascript: a primer' }]);
    expect(() => checkDataFile('content/data/figures.json', prose)).not.toThrow();
  });

  test('refuses two records with one id, naming the file, the lines and the rows', () => {
    const text = ['[', '  { "id": "a" },', '  { "id": "b" },', '  { "id": "a" }', ']'].join('\n');
    expect(() => checkDataFile('content/data/quotes.json', text)).toThrow(
      'content/data/quotes.json:4: id "a" is used twice, by row 1 (line 2) and row 3 (line 4); ids must be unique',
    );
  });

  test('refuses a javascript: link in an address field, naming the line, the field and the record', () => {
    const text = [
      '[',
      '  { "id": "ok", "url": "https://example.org" },',
      '  {',
      '    "id": "bad",',
      '    "links": [{ "href": "javascript:alert(1)" }]',
      '  }',
      ']',
    ].join('\n');
    expect(() => checkDataFile('content/data/sources.json', text)).toThrow(
      'content/data/sources.json:5: links.0.href of "bad" is a javascript: link, which would run code; give an https address',
    );
  });
});

describe('remarkSafeLinks()', () => {
  const file = { path: '/work/site/content/story/en/03-the-shot.mdx', cwd: '/work/site' };
  const at = (line: number) => ({ start: { line, column: 1 } });

  test('stops a Markdown link that would run code, naming the file from the project root and the line', () => {
    const tree = {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:void(0)', position: at(7) }] }],
    };
    expect(() => remarkSafeLinks()(tree, file)).toThrow(
      'content/story/en/03-the-shot.mdx:7: the link "javascript:void(0)" would run code; give an https address',
    );
  });

  test('stops an address prop of a JSX element, and lets https links and other props through', () => {
    const element = (name: string, value: string) => ({
      type: 'mdxJsxFlowElement',
      attributes: [{ type: 'mdxJsxAttribute', name, value }],
      position: at(12),
    });
    const safe = {
      type: 'root',
      children: [{ type: 'link', url: 'https://example.org', position: at(2) }, element('alt', 'data: 2024')],
    };
    expect(() => remarkSafeLinks()(safe, file)).not.toThrow();
    expect(() =>
      remarkSafeLinks()({ type: 'root', children: [element('src', 'data:image/svg+xml,<svg/>')] }, file),
    ).toThrow(
      'content/story/en/03-the-shot.mdx:12: src="data:image/svg+xml,<svg/>" would run code; give an https address',
    );
  });
});
