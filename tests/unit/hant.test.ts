import { describe, expect, test } from 'vitest';
import { toHant, toHantHtml } from '../../src/lib/hant';

describe('toHant()', () => {
  test('converts Simplified characters to Taiwan-standard Traditional', () => {
    expect(toHant('价格屠夫')).toBe('價格屠夫');
    expect(toHant('梁文锋')).toBe('梁文鋒');
    expect(toHant('一定有办法对价格建模。')).toBe('一定有辦法對價格建模。');
  });

  test('leaves Latin letters, digits and punctuation alone', () => {
    expect(toHant('DeepSeek-V2: 1/107, 7.1020')).toBe('DeepSeek-V2: 1/107, 7.1020');
  });
});

describe('toHantHtml()', () => {
  test('converts text and attribute values but not markup', () => {
    const html = '<p class="quote-text" title="价格">羊毛出在猪身上</p><a href="#the-shot">一元钱</a>';
    expect(toHantHtml(html)).toBe(
      '<p class="quote-text" title="價格">羊毛出在豬身上</p><a href="#the-shot">一元錢</a>',
    );
  });

  test('keeps elements marked data-opencc="keep" as they are', () => {
    const html = '<nav><a href="/zh/" data-opencc="keep" lang="zh-Hans">简体中文</a><span>阅读版本</span></nav>';
    expect(toHantHtml(html)).toBe(
      '<nav><a href="/zh/" data-opencc="keep" lang="zh-Hans">简体中文</a><span>閱讀版本</span></nav>',
    );
  });
});
