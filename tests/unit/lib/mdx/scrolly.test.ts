import { describe, expect, test } from 'vitest';
import { remarkScrolly } from '../../../../src/lib/mdx/scrolly';

type Node = {
  type: string;
  name?: string;
  attributes?: { type: string; name: string; value: unknown }[];
  children?: Node[];
  position?: unknown;
};

const attr = (name: string, value: unknown) => ({ type: 'mdxJsxAttribute', name, value });
const step = (state: string, alt = 'what it shows'): Node => ({
  type: 'mdxJsxFlowElement',
  name: 'Step',
  attributes: [attr('state', state), attr('alt', alt)],
  children: [],
  position: { start: { line: 3, column: 1 } },
});
const scrolly = (...children: Node[]): Node => ({
  type: 'mdxJsxFlowElement',
  name: 'Scrolly',
  attributes: [attr('chart', 'cascade')],
  children,
  position: { start: { line: 2, column: 1 } },
});
const CHARTS = new Map([['cascade', { states: ['deepseek', 'zhipu', 'all'] }]]);
const run = (tree: Node, frontmatter: Record<string, unknown> = { section: 'the-cascade' }) =>
  remarkScrolly(CHARTS)(tree as never, {
    path: 'content/en/the-cascade.mdx',
    data: { astro: { frontmatter } },
  });
const value = (node: Node, name: string) => node.attributes?.find((a) => a.name === name)?.value;

describe('remarkScrolly', () => {
  test('hands the scrolly its section and first state, and each step its section and chart', () => {
    const tree: Node = { type: 'root', children: [scrolly(step('zhipu'), step('all'))] };
    run(tree);
    const [root] = tree.children!;
    expect(value(root!, 'section')).toBe('the-cascade');
    expect(value(root!, 'firstState')).toBe('zhipu');
    expect(root!.children!.map((s) => [value(s, 'section'), value(s, 'chart')])).toEqual([
      ['the-cascade', 'cascade'],
      ['the-cascade', 'cascade'],
    ]);
  });

  test('records the section’s steps, in order, in its frontmatter, for the pages that share a step', () => {
    const frontmatter: Record<string, unknown> = { section: 'the-cascade' };
    run({ type: 'root', children: [scrolly(step('zhipu', 'Zhipu cuts'), step('all', 'Everyone'))] }, frontmatter);
    expect(frontmatter.steps).toEqual([
      { chart: 'cascade', state: 'zhipu', alt: 'Zhipu cuts' },
      { chart: 'cascade', state: 'all', alt: 'Everyone' },
    ]);
    const none: Record<string, unknown> = { section: 'coda' };
    run({ type: 'root', children: [] }, none);
    expect(none.steps).toEqual([]);
  });

  test('records the section’s figures, with the state one names, for the drawing files', () => {
    const chart = (id: string, state?: string): Node => ({
      type: 'mdxJsxFlowElement',
      name: 'Chart',
      attributes: [attr('id', id), ...(state ? [attr('state', state)] : [])],
      children: [],
    });
    const frontmatter: Record<string, unknown> = { section: 'the-cascade' };
    run({ type: 'root', children: [chart('cuts'), scrolly(step('zhipu')), chart('cascade', 'zhipu')] }, frontmatter);
    expect(frontmatter.figures).toEqual([{ chart: 'cuts' }, { chart: 'cascade', state: 'zhipu' }]);
  });

  test('a state the chart lacks, a repeated state, a step without alt or outside a scrolly: named errors', () => {
    expect(() => run({ type: 'root', children: [scrolly(step('baidoo'))] })).toThrow(
      /content\/en\/the-cascade\.mdx.*names no state of the chart \(known: deepseek, zhipu, all\)/s,
    );
    expect(() => run({ type: 'root', children: [scrolly(step('zhipu'), step('zhipu'))] })).toThrow(/repeats a state/);
    expect(() => run({ type: 'root', children: [scrolly(step('zhipu', ' '))] })).toThrow(/needs alt=/);
    expect(() => run({ type: 'root', children: [step('zhipu')] })).toThrow(/must be inside a <Scrolly>/);
    expect(() => run({ type: 'root', children: [scrolly()] })).toThrow(/has no <Step>/);
  });
});
