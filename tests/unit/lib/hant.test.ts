import { describe, expect, test } from 'vitest';
import { HANT_EXCEPTIONS } from '../../../src/lib/hant-exceptions';
import { hantModel, hantQuote, opencc, toHant, toHantHtml } from '../../../src/lib/hant';
import type { ChartModel } from '../../../src/lib/charts/model';
import type { Quote } from '../../../src/schemas/quote';

describe('toHant()', () => {
  test('converts our words with Taiwan’s vocabulary', () => {
    expect(toHant('价格屠夫')).toBe('價格屠夫');
    expect(toHant('英伟达的数据和软件')).toBe('輝達的資料和軟體');
    expect(toHant('复制链接')).toBe('複製連結');
  });

  test('converts quoted words character by character, keeping the speaker’s vocabulary', () => {
    expect(toHant('一定有办法对价格建模。', 'characters')).toBe('一定有辦法對價格建模。');
    expect(toHant('没有一家大模型公司靠卖API活着。', 'characters')).toBe('沒有一家大模型公司靠賣API活著。');
    expect(toHant('信息', 'characters')).toBe('信息');
    expect(toHant('信息')).toBe('資訊');
  });

  test('uses Taiwan’s quotation marks, in our words and in quotes', () => {
    expect(toHant('业内叫它“价格屠夫”，也叫‘屠夫’')).toBe('業內叫它「價格屠夫」，也叫『屠夫』');
    expect(toHant('或者叫“快速跟随者”。', 'characters')).toBe('或者叫「快速跟隨者」。');
  });

  test('leaves Latin letters, digits and other punctuation alone', () => {
    expect(toHant('DeepSeek-V2: 1/107, 7.1020')).toBe('DeepSeek-V2: 1/107, 7.1020');
  });

  // The four conversions the 1 December 2026 edit found wrong, each in the sentence it was found in.
  test('writes 折合, not 摺合 ("folded together")', () => {
    expect(toHant('输入折合71.02元，输出折合213.06元')).toBe('輸入折合71.02元，輸出折合213.06元');
  });

  test('reads 个中文 as a measure word and 中文, not as the phrase 箇中', () => {
    expect(toHant('1个中文字符约为0.6个token', 'characters')).toBe('1個中文字符約為0.6個token');
    expect(toHant('1个中文字符约为0.6个token')).toMatch(/^1個中文/);
  });

  test('writes the 卷 of involution as 捲, in quotes and in our words', () => {
    expect(toHant('如果以后中国市场可能就是这么卷，', 'characters')).toBe('如果以後中國市場可能就是這麼捲，');
    expect(toHant('大家只是被迫卷，', 'characters')).toBe('大家只是被迫捲，');
    expect(toHant('大家都是被迫卷')).toBe('大家都是被迫捲');
    expect(toHant('内卷')).toBe('內捲');
  });

  test('writes 發布, 公布 and 宣布 in their standard forms everywhere', () => {
    for (const mode of ['words', 'characters'] as const) {
      expect(toHant('DeepSeek发布V3，公布价格，宣布降价', mode)).toBe('DeepSeek發布V3，公布價格，宣布降價');
      expect(toHant('只是还没有对外发布', mode)).toBe('只是還沒有對外發布');
    }
  });
});

describe('the exceptions table', () => {
  for (const mode of ['words', 'characters'] as const) {
    for (const exception of HANT_EXCEPTIONS[mode]) {
      test(`${mode}: ${exception.simplified} → ${exception.ours}, where OpenCC gives ${exception.opencc}`, () => {
        // Still needed: OpenCC alone gets it wrong.
        expect(opencc[mode](exception.simplified)).toContain(exception.opencc);
        expect(toHant(exception.simplified, mode)).toContain(exception.ours);
      });
    }
  }
});

describe('toHantHtml()', () => {
  test('converts text and attribute values but not markup', () => {
    const html = '<p class="note" title="数据">羊毛出在猪身上</p><a href="#the-shot">一元钱</a>';
    expect(toHantHtml(html)).toBe('<p class="note" title="資料">羊毛出在豬身上</p><a href="#the-shot">一元錢</a>');
  });

  test('keeps elements marked data-opencc="keep" as they are', () => {
    const html = '<nav><a href="/zh/" data-opencc="keep" lang="zh-Hans">简体中文</a><span>阅读版本</span></nav>';
    expect(toHantHtml(html)).toBe(
      '<nav><a href="/zh/" data-opencc="keep" lang="zh-Hans">简体中文</a><span>閱讀版本</span></nav>',
    );
  });

  test('converts the title of a cited work character by character', () => {
    const html = '<p>数据见<cite>《大模型数据》</cite>。</p>';
    expect(toHantHtml(html)).toBe('<p>資料見<cite>《大模型數據》</cite>。</p>');
  });
});

describe('hantQuote()', () => {
  const quote = {
    id: 'kaifu-abroad',
    original: '如果以后中国市场可能就是这么卷，大家宁可赔光通输也不让你赢，那我们就走外国市场。',
    translation: 'If the Chinese market stays this cut-throat, we’ll go abroad.',
    speaker: { en: 'Kai-Fu Lee', zh: '李开复' },
    role: null,
    pseudonym: false,
    stance: 'refuses',
    annotations: [{ on: { original: '卷', translation: 'cut-throat' }, en: 'Involution.', zh: '内卷。' }],
    sources: ['jiemian'],
  } satisfies Quote;

  test('converts the quote whole, so that a glossed word is read in its phrase', () => {
    const hant = hantQuote(quote);
    expect(hant.original).toBe('如果以後中國市場可能就是這麼捲，大家寧可賠光通輸也不讓你贏，那我們就走外國市場。');
    expect(hant.annotations[0]!.on).toEqual({ original: '捲', translation: 'cut-throat' });
    expect(hant.original).toContain((hant.annotations[0]!.on as { original: string }).original);
  });
});

describe('hantModel()', () => {
  test('converts a chart’s labels word by word and leaves its quoted words as they came', () => {
    const model: ChartModel = {
      chart: 'c',
      state: 's',
      layout: 'wide',
      width: 1,
      height: 1,
      marks: [
        { key: 'a', kind: 'text', className: '', attrs: {}, text: '数据' },
        { key: 'b', kind: 'text', className: '', attrs: {}, text: '數據', verbatim: true },
        {
          key: 'c',
          kind: 'text',
          className: '',
          attrs: {},
          text: '一位FA',
          link: { href: '#q', label: '一位FA：持怀疑态度', excerpt: '數據', verbatim: true },
        },
      ],
    };
    const [a, b, c] = hantModel(model).marks;
    expect(a!.text).toBe('資料');
    expect(b!.text).toBe('數據');
    expect(c!.link).toEqual({ href: '#q', label: '一位FA：持懷疑態度', excerpt: '數據', verbatim: true });
  });
});
