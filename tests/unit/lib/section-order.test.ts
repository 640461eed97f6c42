import { describe, expect, test } from 'vitest';
import { SECTION_IDS } from '../../../src/domain/editions';
import { orderSections } from '../../../src/lib/section-order';

const file = (section: (typeof SECTION_IDS)[number], name?: string) => ({
  file: `content/story/en/${name ?? `${String(SECTION_IDS.indexOf(section) + 1).padStart(2, '0')}-${section}.mdx`}`,
  section,
  entry: section,
});

describe('orderSections()', () => {
  test('returns the sections in reading order, whatever order the files came in', () => {
    const files = [...SECTION_IDS].reverse().map((id) => file(id));
    expect(orderSections('en', files).map((f) => f.section)).toEqual(SECTION_IDS);
  });

  test('names a missing section', () => {
    const files = SECTION_IDS.filter((id) => id !== 'coda').map((id) => file(id));
    expect(() => orderSections('en', files)).toThrow('content/story/en/: no file for section coda');
  });

  test('names a file whose section does not match its name', () => {
    const files = SECTION_IDS.map((id) => (id === 'coda' ? file('coda', '08-the-end.mdx') : file(id)));
    expect(() => orderSections('en', files)).toThrow(
      'content/story/en/08-the-end.mdx: field "section" is "coda", so the file must be named 08-coda.mdx',
    );
  });

  test('names both files when two claim the same section', () => {
    const files = [...SECTION_IDS.map((id) => file(id)), file('coda', '08-coda.mdx')];
    expect(() => orderSections('en', files)).toThrow(
      'field "section" repeats "coda", already used by content/story/en/08-coda.mdx',
    );
  });
});
