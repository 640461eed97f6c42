import { expect, test } from 'vitest';
import { rehypeSectionHeadingIds } from '../../../../src/lib/mdx/section-heading-ids';

const heading = (tagName: string, text: string) => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});

test('rehypeSectionHeadingIds() numbers headings within their section, whatever their language', () => {
  const tree = {
    type: 'root',
    children: [heading('h3', '单位与换算'), { type: 'element', tagName: 'p', children: [] }, heading('h3', 'Sources')],
  };
  rehypeSectionHeadingIds()(tree, { data: { astro: { frontmatter: { section: 'sources' } } } });
  expect(tree.children.map((n) => (n as { properties?: { id?: string } }).properties?.id)).toEqual([
    'sources-part-1',
    undefined,
    'sources-part-2',
  ]);
});

test('rehypeSectionHeadingIds() leaves files without a section alone', () => {
  const tree = { type: 'root', children: [heading('h2', 'Notes')] };
  rehypeSectionHeadingIds()(tree, { data: {} });
  expect(tree.children[0]!.properties).toEqual({});
});
