import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editJson, runBroken, useFixture } from './sandbox';

/** Malformed content must stop the build with a message that names the file and the field. */
describe('astro sync rejects malformed frontmatter, naming the file and the field', () => {
  const cases = [
    { fixture: 'missing-title.mdx', target: 'content/story/en/03-the-shot.mdx', field: 'title' },
    { fixture: 'unknown-section.mdx', target: 'content/story/zh/03-the-shot.mdx', field: 'section' },
    { fixture: 'hero-without-dek.mdx', target: 'content/story/en/01-hero.mdx', field: 'dek' },
    { fixture: 'misspelt-field.mdx', target: 'content/story/en/03-the-shot.mdx', field: 'titel' },
  ];
  test.each(cases)('$fixture', async ({ fixture, target, field }) => {
    const result = await runBroken('sync', (dir) => useFixture(dir, target, fixture));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(target);
    expect(result.output).toMatch(new RegExp(`\\b${field}\\b`));
  });

  test('a quote without its translation, in the data file', async () => {
    const result = await runBroken('sync', (dir) =>
      editJson(dir, 'content/data/quotes.json', (quotes) => {
        delete quotes.find((quote: { id: string }) => quote.id === 'kaifu-ofo').translation;
      }),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/data/quotes.json');
    expect(result.output).toContain('kaifu-ofo');
    expect(result.output).toMatch(/\btranslation\b/);
  });
});

describe('astro sync rejects a bad price row, naming the file, the row and the field', () => {
  const breakRow = (id: string, edit: (row: Record<string, unknown>) => void) =>
    runBroken('sync', (dir) =>
      editJson(dir, 'content/data/prices.json', (rows) => {
        edit(rows.find((row: { id: string }) => row.id === id));
      }),
    );

  test('a published figure that does not convert to the normalised price', async () => {
    const result = await breakRow('doubao-pro-32k', (row) => {
      (row.published as { value: number }[])[1]!.value = 0.0009;
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/data/prices.json');
    expect(result.output).toContain('doubao-pro-32k');
    expect(result.output).toMatch(/published\.1\.value|published.*value/);
    expect(result.output).toContain('0.0009 CNY/K is 0.9 CNY per million, but inputAfter is 0.8');
  });

  test('a negative price', async () => {
    const result = await breakRow('qwen-long', (row) => {
      row.inputAfter = -0.5;
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('qwen-long');
    expect(result.output).toMatch(/\binputAfter\b/);
  });
});

describe('astro build rejects narrative that would render wrong, naming the file', () => {
  test('a <Quote> whose id is in no data file', async () => {
    const result = await runBroken('build', (dir) =>
      useFixture(dir, 'content/story/en/03-the-shot.mdx', 'unknown-quote.mdx'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/story/en/03-the-shot.mdx');
    expect(result.output).toContain('somebody-never-said-this');
  });

  test('a <Chart> asked for a state it does not have', async () => {
    const result = await runBroken('build', (dir) =>
      useFixture(dir, 'content/story/zh/03-the-shot.mdx', 'unknown-chart-state.mdx'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/story/zh/03-the-shot.mdx');
    expect(result.output).toContain('has no state "nowhere"');
  });

  test('a file whose section does not match its name', async () => {
    const result = await runBroken('build', (dir) =>
      useFixture(dir, 'content/story/en/03-the-shot.mdx', 'wrong-section-for-file.mdx'),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/story/en/03-the-shot.mdx');
    expect(result.output).toMatch(/field "section"/);
  });
});

describe('careless input stops the build, naming the file and the line', () => {
  test('a javascript: link in the narrative', async () => {
    const result = await runBroken('build', (dir) => {
      const path = join(dir, 'content/story/en/08-coda.mdx');
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n[More](javascript:alert(document.cookie))\n`);
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/story\/en\/08-coda\.mdx:\d+/);
    expect(result.output).toContain('javascript:alert(document.cookie)');
  });

  test('a data: address in a data file', async () => {
    const result = await runBroken('sync', (dir) =>
      editJson(dir, 'content/data/sources.json', (sources) => {
        sources.find((source: { id: string }) => source.id === 'wybk').url = 'data:text/html,<script>alert(1)</script>';
      }),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/data\/sources\.json:\d+/);
    expect(result.output).toContain('url of "wybk" is a data: link');
  });

  test('two records of a data file with one id, naming both rows', async () => {
    const result = await runBroken('sync', (dir) =>
      editJson(dir, 'content/data/quotes.json', (quotes) => {
        quotes.push({ ...quotes[0] });
      }),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/data/quotes.json');
    expect(result.output).toMatch(
      /id "simons-model-prices" is used twice, by row 1 \(line \d+\) and row \d+ \(line \d+\)/,
    );
  });
});

describe('SITE_URL', () => {
  test('missing: the build says which placeholder it used', async () => {
    const result = await runBroken('sync', () => {}, { SITE_URL: '' });
    expect(result.status).toBe(0);
    expect(result.output).toContain('SITE_URL is not set');
    expect(result.output).toContain('https://price-butcher.example');
  });

  test('not an absolute https address: the build stops', async () => {
    for (const value of ['http://news.example.org', 'news.example.org']) {
      const result = await runBroken('sync', () => {}, { SITE_URL: value });
      expect(result.status, value).not.toBe(0);
      expect(result.output).toContain(`SITE_URL="${value}"`);
    }
  });
});
