import { describe, expect, test } from 'vitest';
import { jsonForScript, newsArticle, type NewsArticleFacts } from '../../../src/lib/structured-data';

const FACTS: NewsArticleFacts = {
  headline: '价格屠夫',
  description: 'How DeepSeek set off the price war',
  lang: 'zh-Hant-TW',
  url: 'https://news.example.org/price-war/zh-hant/',
  image: 'https://news.example.org/price-war/og/zh-hant/hero.png',
  logo: 'https://news.example.org/price-war/icons/icon-512.png',
  published: '2026-11-28',
  modified: '2026-12-01',
  author: 'The newsroom technology desk',
  publisher: 'The price butcher',
  basedOn: {
    publisher: 'Jiemian News',
    url: 'https://www.jiemian.com/',
    year: '2024',
    reporters: ['Chen Zhenfang', 'Wu Yangyu'],
  },
};

describe('newsArticle()', () => {
  test('describes the edition as a schema.org NewsArticle: headline, language, address, image and dates', () => {
    const article = newsArticle(FACTS);
    expect(article['@context']).toBe('https://schema.org');
    expect(article['@type']).toBe('NewsArticle');
    expect(article.headline).toBe('价格屠夫');
    expect(article.inLanguage).toBe('zh-Hant-TW');
    expect(article.url).toBe('https://news.example.org/price-war/zh-hant/');
    expect(article.mainEntityOfPage).toBe('https://news.example.org/price-war/zh-hant/');
    expect(article.image).toEqual(['https://news.example.org/price-war/og/zh-hant/hero.png']);
    expect(article.datePublished).toBe('2026-11-28');
    expect(article.dateModified).toBe('2026-12-01');
  });

  test('names the desk as author and the site as publisher, with its logo', () => {
    const article = newsArticle(FACTS);
    expect(article.author).toEqual([{ '@type': 'Organization', name: 'The newsroom technology desk' }]);
    expect(article.publisher).toEqual({
      '@type': 'Organization',
      name: 'The price butcher',
      logo: { '@type': 'ImageObject', url: 'https://news.example.org/price-war/icons/icon-512.png' },
    });
  });

  test('credits the original reporting: its reporters, its outlet, its address and year', () => {
    expect(newsArticle(FACTS).isBasedOn).toEqual({
      '@type': 'NewsArticle',
      datePublished: '2024',
      author: [
        { '@type': 'Person', name: 'Chen Zhenfang' },
        { '@type': 'Person', name: 'Wu Yangyu' },
      ],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Jiemian News', url: 'https://www.jiemian.com/' },
    });
  });

  test('says nothing of the original’s date or address when they are not known', () => {
    const basedOn = newsArticle({ ...FACTS, basedOn: { publisher: '界面新闻', reporters: ['陈振芳'] } })
      .isBasedOn as Record<string, unknown>;
    expect(basedOn).not.toHaveProperty('datePublished');
    expect(basedOn.publisher).toEqual({ '@type': 'NewsMediaOrganization', name: '界面新闻' });
  });
});

describe('jsonForScript()', () => {
  test('escapes <, > and & so a headline cannot close the <script> element, and still parses back', () => {
    const value = { headline: 'Prices </script><script>alert(1)</script> & <!-- more' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u0026');
    expect(JSON.parse(json)).toEqual(value);
  });
});
