import { describe, expect, test } from 'vitest';
import { SECTION_IDS } from '../../../src/domain/editions';
import { EMBED_SLUGS, sitePages } from '../../../src/lib/routes';

const pages = sitePages();
const paths = pages.map((entry) => entry.path);
const pageAt = (path: string) => pages.find((entry) => entry.path === path)?.page;

describe('EMBED_SLUGS', () => {
  test('lists every section, in reading order, then every chart under chart/', () => {
    expect(EMBED_SLUGS.slice(0, SECTION_IDS.length)).toEqual(SECTION_IDS);
    const charts = EMBED_SLUGS.slice(SECTION_IDS.length);
    expect(charts).toContain('chart/price-gap');
    expect(charts).toContain('chart/stances');
    expect(charts.every((slug) => slug.startsWith('chart/'))).toBe(true);
  });
});

describe('sitePages()', () => {
  test('puts each edition’s article at its folder: the root, zh/ and zh-hant/', () => {
    expect(pageAt('')).toMatchObject({ kind: 'article', edition: { id: 'en' } });
    expect(pageAt('zh/')).toMatchObject({ kind: 'article', edition: { id: 'zh' } });
    expect(pageAt('zh-hant/')).toMatchObject({ kind: 'article', edition: { id: 'zh-hant' } });
  });

  test('puts the Traditional edition’s embeds, share pages and 404 under zh-hant/', () => {
    expect(pageAt('zh-hant/embed/the-shot/')).toMatchObject({
      kind: 'embed',
      edition: { id: 'zh-hant' },
      slug: 'the-shot',
    });
    expect(pageAt('zh-hant/embed/chart/cascade/')).toMatchObject({ kind: 'embed', slug: 'chart/cascade' });
    expect(pageAt('zh-hant/share/investors/')).toMatchObject({
      kind: 'share',
      edition: { id: 'zh-hant' },
      section: 'investors',
    });
    expect(pageAt('zh-hant/404/')).toMatchObject({ kind: 'not-found', edition: { id: 'zh-hant' } });
  });

  test('gives sections a share page but not charts', () => {
    expect(paths).toContain('share/coda/');
    expect(paths.filter((path) => path.includes('share/chart/'))).toEqual([]);
    expect(paths.filter((path) => path.startsWith('zh/share/'))).toHaveLength(SECTION_IDS.length);
  });

  test('writes every path once, relative to the site’s base (so any sub-path base can hold them)', () => {
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((path) => path.startsWith('/'))).toEqual([]);
    expect(paths.filter((path) => path !== '' && !path.endsWith('/'))).toEqual([]);
  });

  test('gives each step it is told of a share page of its own, in its edition only', () => {
    const withSteps = sitePages((edition) =>
      edition.id === 'zh'
        ? [
            { section: 'the-cascade', state: 'deepseek' },
            { section: 'the-cascade', state: 'baidu' },
          ]
        : [],
    );
    const steps = withSteps.filter((entry) => entry.page.kind === 'share' && entry.page.state);
    expect(steps.map((entry) => entry.path)).toEqual(['zh/share/the-cascade/deepseek/', 'zh/share/the-cascade/baidu/']);
    expect(steps[1]!.page).toMatchObject({
      kind: 'share',
      edition: { id: 'zh' },
      section: 'the-cascade',
      state: 'baidu',
    });
    expect(withSteps.length).toBe(pages.length + 2);
  });
});
