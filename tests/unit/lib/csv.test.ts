import { expect, test } from 'vitest';
import { toCsv } from '../../../src/lib/csv';

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

test('toCsv() defuses text that a spreadsheet would run as a formula, and leaves numbers alone', () => {
  expect(toCsv(['note'], [['=HYPERLINK("http://x")'], ['+1'], ['-2+3'], ['@SUM(A1)'], [-0.5], ['plain']])).toBe(
    `note\r\n"'=HYPERLINK(""http://x"")"\r\n'+1\r\n'-2+3\r\n'@SUM(A1)\r\n-0.5\r\nplain\r\n`,
  );
});
