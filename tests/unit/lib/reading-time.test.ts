import { expect, test } from 'vitest';
import { proseOf, readingMinutes } from '../../../src/lib/reading-time';

test('proseOf() keeps the words and drops frontmatter, components and markup', () => {
  const mdx =
    '---\nsection: coda\ntitle: A lesson\n---\n\nA *trader* learns [early](https://x.example/).\n\n<Quote id="kaifu-ofo" />\n\n<Step\n  state="x"\n  alt="y"\n>\n\nText.\n\n</Step>';
  const prose = proseOf(mdx).replace(/\s+/g, ' ').trim();
  expect(prose).toBe('A trader learns early . Text.');
});

test('readingMinutes() reads English at 230 words and Chinese at 400 characters a minute', () => {
  expect(readingMinutes('word '.repeat(2300), 'en')).toBe(10);
  expect(readingMinutes('字'.repeat(4000), 'zh')).toBe(10);
  expect(readingMinutes('字'.repeat(2000) + ' DeepSeek'.repeat(230), 'zh')).toBe(6);
  expect(readingMinutes('', 'en')).toBe(1);
});
