import { describe, expect, test } from 'vitest';
import { getEdition } from '../../../src/domain/editions';
import { pageContext, pageContextAt } from '../../../src/lib/page';

describe('pageContext()', () => {
  test('the English edition reads English words and leads to the site’s root', () => {
    const page = pageContext(getEdition('en'), '/');
    expect(page.lang).toBe('en');
    expect(page.t.siteName).toBe('The price butcher');
    expect(page.article).toBe('/');
    expect(page.isEmbed).toBe(false);
  });

  test('the Traditional edition reads the Simplified words and converts text for the head to Traditional', () => {
    const page = pageContext(getEdition('zh-hant'), '/news/');
    expect(page.lang).toBe('zh');
    expect(page.t.siteName).toBe('价格屠夫');
    expect(page.inScript('价格屠夫')).toBe('價格屠夫');
    expect(page.article).toBe('/news/zh-hant/');
  });

  test('the Simplified edition leaves text in Simplified', () => {
    const page = pageContext(getEdition('zh'), '/news/');
    expect(page.inScript('价格屠夫')).toBe('价格屠夫');
    expect(page.article).toBe('/news/zh/');
  });
});

describe('pageContextAt()', () => {
  test('finds the edition and embed-ness of a page under the root base', () => {
    const embed = pageContextAt('/zh-hant/embed/chart/cascade/', '/');
    expect(embed).toMatchObject({ edition: { id: 'zh-hant' }, isEmbed: true, base: '/', article: '/zh-hant/' });
    const share = pageContextAt('/zh/share/the-shot/', '/');
    expect(share).toMatchObject({ edition: { id: 'zh' }, isEmbed: false });
  });

  test('finds them under a sub-path base, and takes a page outside any edition folder as English', () => {
    const embed = pageContextAt('/news/price-war/zh/embed/the-shot/', '/news/price-war/');
    expect(embed).toMatchObject({ edition: { id: 'zh' }, isEmbed: true, article: '/news/price-war/zh/' });
    const article = pageContextAt('/news/price-war/', '/news/price-war/');
    expect(article).toMatchObject({ edition: { id: 'en' }, isEmbed: false, article: '/news/price-war/' });
    expect(pageContextAt('/news/price-war/404/', '/news/price-war/').edition.id).toBe('en');
  });
});
