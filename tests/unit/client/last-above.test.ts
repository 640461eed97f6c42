// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { lastAbove } from '../../../src/client/last-above';

/** Elements whose tops are at the given distances from the viewport's top. */
const at = (...tops: number[]) =>
  tops.map((top, i) => {
    const el = document.createElement('section');
    el.id = `s${i}`;
    el.getBoundingClientRect = () => ({ top }) as DOMRect;
    return el;
  });

describe('lastAbove()', () => {
  test('the last element whose top has passed the line, a top on the line included', () => {
    expect(lastAbove(at(-900, -200, 150, 700), 300)?.id).toBe('s2');
    expect(lastAbove(at(-900, 300, 700), 300)?.id).toBe('s1');
  });

  test('none when the first is still below the line, or there are none', () => {
    expect(lastAbove(at(400, 900), 300)).toBeUndefined();
    expect(lastAbove([], 300)).toBeUndefined();
  });
});
