import { expect, test } from 'vitest';
import { toCsv } from '../../src/lib/csv';

test('toCsv() quotes fields with commas, quotes and line breaks, and leaves empty cells empty', () => {
  expect(
    toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        [null, 2],
      ],
    ),
  ).toBe('a,b\r\n"x, y","say ""hi"""\r\n,2\r\n');
});
