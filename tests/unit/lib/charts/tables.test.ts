import { describe, expect, test } from 'vitest';
import type { Cell } from '../../../../src/lib/charts/model';
import { DASH, priceSources, pricesTable, stancesTable, yuanCell } from '../../../../src/lib/charts/tables';
import { DATA } from '../../data';

/** The row of a table whose cell `column` is `value`. */
const rowWhere = (rows: Cell[][], column: number, value: string): Cell[] => {
  const found = rows.find((row) => row[column] === value);
  if (!found) throw new Error(`no row with "${value}" in column ${column}`);
  return found;
};

describe('yuanCell()', () => {
  test('writes a price in yuan, "free" for zero, "paid" where it is not recorded, a dash where there is none', () => {
    expect(yuanCell(0.8, 'en')).toBe('¥0.8');
    expect(yuanCell(0.8, 'zh')).toBe('0.8元');
    expect(yuanCell(0, 'en')).toBe('free');
    expect(yuanCell('paid', 'en')).toBe('paid (not recorded)');
    expect(yuanCell('paid', 'zh')).toBe('收费（价格未录）');
    expect(yuanCell(null, 'en')).toBe('—');
    expect(DASH).toBe('—');
  });
});

describe('pricesTable()', () => {
  test('in English: one row per price, with dates, prices, published units and whose “before” it is', () => {
    const table = pricesTable(DATA.prices, 'en');
    expect(table.columns).toEqual([
      'Date',
      'Company',
      'Model',
      'Input before',
      'Input after',
      'Output after',
      'As published',
      'Note',
    ]);
    expect(table.rows).toHaveLength(12);
    expect(rowWhere(table.rows, 2, 'GPT-4-Turbo').slice(0, 7)).toEqual([
      'Nov 2023',
      'OpenAI',
      'GPT-4-Turbo',
      '—',
      '¥71.02',
      '¥213.06',
      '10 dollars per million tokens; 30 dollars per million tokens',
    ]);
    const doubao = rowWhere(table.rows, 2, 'Doubao pro-32k');
    expect(doubao[0]).toBe('15 May 2024');
    expect(doubao[3]).toBe('¥120 (industry price)');
    expect(doubao[6]).toBe('0.12 yuan per thousand tokens; 0.0008 yuan per thousand tokens');
    expect(rowWhere(table.rows, 2, 'Hunyuan-lite')[3]).toBe('¥8 (only in the source article)');
    expect(rowWhere(table.rows, 2, 'Spark Lite').slice(3, 7)).toEqual(['paid (not recorded)', 'free', 'free', '—']);
    expect(rowWhere(table.rows, 2, 'Hunyuan-pro').slice(3, 6)).toEqual(['¥100', '¥30', '—']);
    expect(rowWhere(table.rows, 2, 'Hunyuan-pro')[7]).toBe('A 70% cut.');
  });

  test('in Chinese: Chinese headers, names, dates and units', () => {
    const table = pricesTable(DATA.prices, 'zh');
    expect(table.columns).toEqual([
      '日期',
      '公司',
      '模型',
      '降价前输入价',
      '降价后输入价',
      '降价后输出价',
      '原始报价',
      '备注',
    ]);
    expect(rowWhere(table.rows, 2, '豆包pro-32k').slice(0, 7)).toEqual([
      '2024年5月15日',
      '字节跳动（火山引擎）',
      '豆包pro-32k',
      '120元（行业价格）',
      '0.8元',
      '2元',
      '0.12元/千tokens；0.0008元/千tokens',
    ]);
    expect(rowWhere(table.rows, 2, 'GPT-4-Turbo')[6]).toBe('10美元/百万tokens；30美元/百万tokens');
    expect(rowWhere(table.rows, 2, '星火Spark Lite')[3]).toBe('收费（价格未录）');
  });

  test('with ids, lists those rows in that order, and names an id it cannot find', () => {
    const table = pricesTable(DATA.prices, 'en', ['gpt-4o', 'deepseek-v2']);
    expect(table.rows.map((row) => row[2])).toEqual(['GPT-4o', 'DeepSeek-V2']);
    expect(() => pricesTable(DATA.prices, 'en', ['gpt-4o', 'no-such-model'])).toThrow(
      'table: content/data/prices.json has no row "no-such-model"',
    );
  });
});

describe('priceSources()', () => {
  test('collects the sources of the rows named, or of every row', () => {
    expect(priceSources(DATA.prices, ['deepseek-v2', 'hunyuan-pro'])).toEqual([
      'deepseek-v2-readme',
      'kjrb-fen-li',
      'hf-xianbao',
      'wybk',
    ]);
    const all = priceSources(DATA.prices);
    expect(all).toHaveLength(24);
    expect(all).toContain('openai-archive');
    expect(all).toContain('jiemian');
  });
});

describe('stancesTable()', () => {
  test('shows who, what they did, their view and their words (verbatim in Chinese, paraphrase marked, a dash for none), all or the ids given in order', () => {
    const en = stancesTable(DATA.stances, DATA.quotes, 'en');
    const zh = stancesTable(DATA.stances, DATA.quotes, 'zh');
    expect(en.columns).toEqual(['Who', 'May 2024 (they or their company)', 'View', 'In their words']);
    expect(zh.columns).toEqual(['谁', '2024年5月（本人或所在公司）', '态度', '原话']);
    expect(en.rows).toHaveLength(18);

    expect(rowWhere(en.rows, 0, 'Kai-Fu Lee (01.AI)')).toEqual([
      'Kai-Fu Lee (01.AI)',
      'Held their prices',
      'Refused to join in',
      'The industry should not repeat the mistake of ofo-style cash burning.',
    ]);
    expect(rowWhere(zh.rows, 0, '李开复（零一万物）')).toEqual([
      '李开复（零一万物）',
      '没有降价',
      '拒绝参与',
      { text: '不应在行业内按照ofo式的烧钱打法重蹈覆辙。', verbatim: true },
    ]);
    expect(rowWhere(zh.rows, 0, '王小川（百川智能）')[3]).toBe('创业公司别掺和：降价是云厂商的新战场。（转述）');
    expect(rowWhere(en.rows, 0, 'Fu Sheng (Cheetah Mobile)')[2]).toBe('Sceptical of start-ups’ chances');
    expect(rowWhere(en.rows, 0, 'DeepSeek').slice(1)).toEqual(['Cut prices or launched low', 'No view on record', '—']);

    const some = stancesTable(DATA.stances, DATA.quotes, 'en', ['yang-quan', 'li-linghao']);
    expect(some.rows.map((row) => row[0])).toEqual(['Yang Quan (pseudonym)', 'Li Linghao (pseudonym)']);
    expect(some.rows[1]![3]).toBe('The big, capable models were barely cut. (paraphrased)');
  });
});
