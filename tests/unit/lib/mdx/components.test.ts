import { describe, expect, test } from 'vitest';
import { CHARTS } from '../../../../src/lib/charts';
import { findComponentProblems, type MdxNode } from '../../../../src/lib/mdx/check-components';
import { AUTHOR_PROPS, componentRules } from '../../../../src/lib/mdx/components';

const DATA_DIR = new URL('../../../../content/data/', import.meta.url);
const RULES = componentRules(DATA_DIR, CHARTS);

const element = (name: string, attributes: Record<string, unknown>): MdxNode => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([attr, value]) => ({ type: 'mdxJsxAttribute', name: attr, value })),
  position: { start: { line: 9, column: 1 } },
});
/** What an author is told about one element of content/story/en/04-the-cascade.mdx. */
const problems = (name: string, attributes: Record<string, unknown>, rules = RULES) =>
  findComponentProblems(element(name, attributes), 'content/story/en/04-the-cascade.mdx', rules).map(
    (problem) => problem.message,
  );

describe('AUTHOR_PROPS', () => {
  test('lists the props an author may write on each component, and none on the rest', () => {
    expect(AUTHOR_PROPS).toEqual({
      Quote: ['id', 'pull'],
      FactCheck: ['id'],
      Chart: ['id', 'state', 'factcheck'],
      Scrolly: ['chart', 'factcheck'],
      Step: ['state', 'alt'],
      PriceSlide: [],
      CorrectionList: [],
      SourceList: [],
      DataDownloads: [],
    });
  });
});

describe('componentRules()', () => {
  test('accepts components as the narrative writes them, with ids from the real data files', () => {
    expect(problems('Quote', { id: 'kaifu-ofo', pull: null })).toEqual([]);
    expect(problems('FactCheck', { id: 'deepseek-founding' })).toEqual([]);
    expect(problems('Chart', { id: 'cascade', state: 'zhipu', factcheck: 'zhipu-cut' })).toEqual([]);
    expect(problems('Scrolly', { chart: 'gpu-stock' })).toEqual([]);
    expect(problems('Step', { state: 'confirmed', alt: 'A block of 100 squares.' })).toEqual([]);
    expect(problems('SourceList', {})).toEqual([]);
  });

  test('refuses a prop the component does not take, naming the file, line and prop', () => {
    expect(problems('Quote', { id: 'kaifu-ofo', colour: 'red' })).toEqual([
      'content/story/en/04-the-cascade.mdx:9:1: <Quote> does not take the prop "colour"',
    ]);
    expect(problems('DataDownloads', { format: 'csv' })).toEqual([
      'content/story/en/04-the-cascade.mdx:9:1: <DataDownloads> does not take the prop "format"',
    ]);
  });

  test('refuses ids, chart states and fact-checks that name nothing, saying where they were looked for', () => {
    expect(problems('Quote', { id: 'kaifu-0fo' })).toEqual([
      'content/story/en/04-the-cascade.mdx:9:1: <Quote id="kaifu-0fo"> names nothing in content/data/quotes.json',
    ]);
    expect(problems('Chart', { id: 'cascade', state: 'openai' })[0]).toMatch(
      /<Chart> id="cascade" has no state "openai" \(known: deepseek, zhipu, bytedance, /,
    );
    expect(problems('Scrolly', { chart: 'cuts', factcheck: 'gpus' })).toEqual([
      'content/story/en/04-the-cascade.mdx:9:1: <Scrolly> factcheck="gpus" names nothing in content/data/corrections.json',
    ]);
    expect(problems('Step', { state: 'zhipu' })).toEqual([
      'content/story/en/04-the-cascade.mdx:9:1: <Step> needs alt="…" as a plain string',
    ]);
  });

  test('refuses a chart that has a caption but no module', () => {
    const rules = componentRules(DATA_DIR, new Map([...CHARTS].filter(([id]) => id !== 'cascade')));
    expect(problems('Scrolly', { chart: 'cascade' }, rules)).toEqual([
      'content/story/en/04-the-cascade.mdx:9:1: <Scrolly> chart="cascade" names nothing in content/data/charts.json and src/lib/charts',
    ]);
    expect(problems('Chart', { id: 'cascade' }, rules)[0]).toMatch(
      /<Chart id="cascade"> names nothing in content\/data\/charts\.json and src\/lib\/charts$/,
    );
  });

  test('fails with the data file’s name when it cannot read the ids', () => {
    expect(() => componentRules(new URL('./no-such-folder/', DATA_DIR), CHARTS)).toThrow(
      /^content\/data\/corrections\.json: cannot read the ids \(ENOENT/,
    );
  });
});
