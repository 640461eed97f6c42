import { describe, expect, test } from 'vitest';
import { overlaps, spreadLabels, textWidth } from '../../../../src/lib/charts/layout';

describe('spreadLabels()', () => {
  test('leaves labels that do not collide where they want to be', () => {
    expect(
      spreadLabels(
        [
          { want: 10, size: 8 },
          { want: 40, size: 8 },
        ],
        0,
        100,
      ),
    ).toEqual([10, 40]);
  });

  test('pushes colliding labels apart, keeping their order and staying in range', () => {
    const placed = spreadLabels(
      [
        { want: 50, size: 10 },
        { want: 50, size: 10 },
        { want: 52, size: 10 },
      ],
      0,
      100,
      2,
    );
    const sorted = [...placed].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(12 - 1e-9);
    expect(placed[0]).toBeLessThan(placed[2]!);
    for (const y of placed) expect(y).toBeGreaterThanOrEqual(5);
  });

  test('keeps labels inside the bottom edge', () => {
    const placed = spreadLabels(
      [
        { want: 98, size: 10 },
        { want: 99, size: 10 },
      ],
      0,
      100,
    );
    expect(Math.max(...placed)).toBeLessThanOrEqual(95);
  });
});

test('textWidth() counts Han characters as a full em', () => {
  expect(textWidth('免费', 10)).toBe(20);
  expect(textWidth('ab', 10)).toBeLessThan(textWidth('免费', 10));
});

test('overlaps() tells touching from overlapping', () => {
  expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(true);
  expect(overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(false);
});
