import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pricesCsv, pricesJson } from '../../../src/lib/downloads';
import { sourceSchema } from '../../../src/schemas/source';
import { DATA } from '../data';

const SOURCES = (
  JSON.parse(readFileSync(new URL('../../../content/data/sources.json', import.meta.url), 'utf8')) as unknown[]
).map((row) => sourceSchema.parse(row));

describe('pricesCsv()', () => {
  const lines = pricesCsv(DATA.prices).split('\r\n');

  test('starts with the documented header and has one CRLF-terminated line per price row', () => {
    expect(lines[0]).toBe(
      'id,date,time_of_day,company,company_zh,model,role,input_before_cny_per_million,before_basis,' +
        'input_after_cny_per_million,output_after_cny_per_million,as_published,note,sources',
    );
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(DATA.prices.map((row) => row.id));
    expect(lines).toHaveLength(DATA.prices.length + 2);
  });

  test('writes a cut with its price before, its basis, the prices as published and its sources', () => {
    expect(lines.find((line) => line.startsWith('glm-3-turbo,'))).toBe(
      'glm-3-turbo,2024-05-11,,Zhipu AI,智谱AI,GLM-3 Turbo,cut,5,own,1,1,' +
        'inputBefore=5 CNY/M; inputAfter=1 CNY/M,' +
        'An 80% cut (the source article says 90%). The same price for input and output.,careerengine yaliqi',
    );
  });

  test('leaves unknown prices blank, writes "paid" as is, and quotes a model name with a comma', () => {
    expect(lines.find((line) => line.startsWith('gpt-4-turbo,'))).toMatch(
      /^gpt-4-turbo,2023-11,,OpenAI,OpenAI,GPT-4-Turbo,benchmark,,,71\.02,213\.06,/,
    );
    expect(lines.find((line) => line.startsWith('hunyuan-pro,'))).toMatch(/,cut,100,own,30,,,A 70% cut\.,wybk$/);
    expect(lines.find((line) => line.startsWith('ernie-speed-lite,'))).toMatch(
      /^ernie-speed-lite,2024-05-21,afternoon,Baidu,百度,"ERNIE Speed, ERNIE Lite \(8K and 128K\)",cut,paid,,0,0,,/,
    );
  });

  test('gives the model its English name and the company both names', () => {
    const doubao = lines.find((line) => line.startsWith('doubao-pro-32k,'))!;
    expect(doubao).toContain(',ByteDance (Volcano Engine),字节跳动（火山引擎）,Doubao pro-32k,launch,');
    expect(doubao).not.toContain('豆包');
  });
});

describe('pricesJson()', () => {
  const json = pricesJson({ prices: DATA.prices, epilogue: DATA.epilogue, figures: DATA.figures, sources: SOURCES });
  const parsed = JSON.parse(json) as Record<string, unknown> & {
    exchangeRate: { cnyPerUsd: number; date: string; source: string };
    prices: { id: string }[];
    sources: { id: string }[];
  };

  test('holds the prices, the epilogue, the figures and the sources, with the credit and the unit', () => {
    expect(Object.keys(parsed)).toEqual([
      'title',
      'credit',
      'unit',
      'exchangeRate',
      'prices',
      'epilogue',
      'figures',
      'sources',
    ]);
    expect(parsed.credit).toBe('Based on reporting by Chen Zhenfang and Wu Yangyu, Jiemian News (2024)');
    expect(parsed.unit).toMatch(/^CNY per million tokens/);
    expect(parsed.prices.map((row) => row.id)).toEqual(DATA.prices.map((row) => row.id));
    expect(parsed.prices[1]).toMatchObject({ id: 'deepseek-v2', inputAfter: 1, outputAfter: 2 });
    expect(parsed.sources).toHaveLength(SOURCES.length);
    expect(json.endsWith('}\n')).toBe(true);
  });

  test('states the exchange rate used for dollar prices, citing a source the file contains', () => {
    expect(parsed.exchangeRate).toEqual({ cnyPerUsd: 7.102, date: '2024-05-16', source: 'pboc-parity' });
    expect(parsed.sources.map((source) => source.id)).toContain(parsed.exchangeRate.source);
  });
});
