import { describe, expect, test } from 'vitest';
import { HANT_EXCEPTIONS } from '../../../src/lib/hant-exceptions';
import { toHant } from '../../../src/lib/hant';

// Each entry is checked against OpenCC one by one in hant.test.ts; these test the table as a whole.
describe('HANT_EXCEPTIONS.words', () => {
  test('gives our own sentences the words a Taiwanese reader uses', () => {
    expect(toHant('这家创业公司跟踪云计算，按错峰价格算账')).toBe('這家新創公司追蹤雲端運算，按離峰價格算帳');
    expect(toHant('推理服务的参数')).toBe('推論服務的參數');
    expect(toHant('创始人的身份')).toBe('創辦人的身分');
  });

  test('keeps names that the Taiwan phrase table would translate', () => {
    expect(toHant('界面新闻报道，硅基流动和百川智能发布了新模型')).toBe('界面新聞報導，硅基流動和百川智能發布了新模型');
  });

  test('maps each OpenCC output to one replacement, never to itself', () => {
    for (const mode of ['words', 'characters'] as const) {
      const seen = new Map<string, string>();
      for (const entry of HANT_EXCEPTIONS[mode]) {
        expect(entry.ours, `${mode}: ${entry.simplified}`).not.toBe(entry.opencc);
        expect(seen.get(entry.opencc) ?? entry.ours, `${mode}: ${entry.opencc} twice`).toBe(entry.ours);
        seen.set(entry.opencc, entry.ours);
      }
    }
  });
});

describe('HANT_EXCEPTIONS.characters', () => {
  test('leaves a quote in the speaker’s own vocabulary, changing only characters', () => {
    expect(toHant('这家创业公司跟踪云计算，按错峰价格算账', 'characters')).toBe(
      '這家創業公司跟蹤雲計算，按錯峰價格算賬',
    );
    expect(toHant('大家都被迫卷，折合1个中文字符', 'characters')).toBe('大家都被迫捲，折合1個中文字符');
  });

  test('replaces character for character, so that a quote keeps its length', () => {
    // hantQuote() cuts glossed words out of the converted quote by position.
    for (const entry of HANT_EXCEPTIONS.characters) {
      expect([...entry.ours], entry.simplified).toHaveLength([...entry.opencc].length);
    }
  });
});
