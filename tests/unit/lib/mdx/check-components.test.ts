import { describe, expect, test } from 'vitest';
import {
  findComponentProblems,
  remarkCheckComponents,
  type ComponentRules,
  type MdxNode,
} from '../../../../src/lib/mdx/check-components';

const rules: ComponentRules = {
  Quote: { idProp: 'id', ids: new Set(['kaifu-ofo']), idSource: 'content/data/quotes.json', props: ['pull'] },
  SourceList: {},
};

const at = (line: number) => ({ start: { line, column: 1 } });
const element = (name: string, attributes: Record<string, unknown>, line = 3): MdxNode => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([attr, value]) => ({ type: 'mdxJsxAttribute', name: attr, value })),
  position: at(line),
});
const tree = (...children: MdxNode[]): MdxNode => ({ type: 'root', children: [{ type: 'paragraph', children }] });

describe('findComponentProblems()', () => {
  test('accepts known components with valid ids and props', () => {
    expect(
      findComponentProblems(
        tree(element('Quote', { id: 'kaifu-ofo', pull: null }), element('SourceList', {})),
        'a.mdx',
        rules,
      ),
    ).toEqual([]);
  });

  test('names the file, line and id of a quote that does not exist', () => {
    const [problem] = findComponentProblems(
      tree(element('Quote', { id: 'nobody' }, 12)),
      'content/story/en/05-x.mdx',
      rules,
    );
    expect(problem?.message).toBe(
      'content/story/en/05-x.mdx:12:1: <Quote id="nobody"> names nothing in content/data/quotes.json',
    );
  });

  test('rejects unknown components, unknown props and missing ids', () => {
    const problems = findComponentProblems(
      tree(element('Chart', {}), element('Quote', { id: 'kaifu-ofo', colour: 'red' }), element('Quote', {})),
      'a.mdx',
      rules,
    ).map((p) => p.message);
    expect(problems).toEqual([
      'a.mdx:3:1: <Chart> is not a component of this article (known: Quote, SourceList)',
      'a.mdx:3:1: <Quote> does not take the prop "colour"',
      'a.mdx:3:1: <Quote> needs id="…" as a plain string',
    ]);
  });
});

test('remarkCheckComponents() throws the first problem and counts the rest', () => {
  const transform = remarkCheckComponents(rules);
  expect(() =>
    transform(tree(element('Quote', { id: 'x' }), element('Quote', { id: 'y' })), { path: 'b.mdx' }),
  ).toThrow(/b\.mdx:3:1: <Quote id="x"> names nothing .* \(and 1 more: .*<Quote id="y">/);
  expect(() => transform(tree(element('SourceList', {})), { path: 'b.mdx' })).not.toThrow();
});
