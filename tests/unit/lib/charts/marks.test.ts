import { describe, expect, test } from 'vitest';
import { circle, line, path, rect, text } from '../../../../src/lib/charts/marks';

describe('line()', () => {
  test('makes a line mark with its key and class, writing x1, x2, y1, y2 in that order', () => {
    const m = line('grid-10', 'grid', { y2: 40, y1: 30, x2: 20, x1: 10 });
    expect(m.kind).toBe('line');
    expect(m.key).toBe('grid-10');
    expect(m.className).toBe('grid');
    expect(Object.entries(m.attrs)).toEqual([
      ['x1', 10],
      ['x2', 20],
      ['y1', 30],
      ['y2', 40],
    ]);
    expect('text' in m).toBe(false);
    expect('hidden' in m).toBe(false);
  });
});

describe('text()', () => {
  test('carries its words, and a text-anchor only when it is given one', () => {
    const anchored = text('tick-1', 'tick', { x: 5, y: 7, anchor: 'end' }, '¥1');
    expect(anchored.kind).toBe('text');
    expect(anchored.text).toBe('¥1');
    expect(anchored.attrs).toEqual({ x: 5, y: 7, 'text-anchor': 'end' });

    const plain = text('label', 'label', { x: 1, y: 2 }, 'DeepSeek-V2');
    expect(plain.attrs).toEqual({ x: 1, y: 2 });
    expect('text-anchor' in plain.attrs).toBe(false);
  });

  test('keeps an empty string as the text of the mark', () => {
    expect(text('empty', 'label', { x: 0, y: 0 }, '').text).toBe('');
  });
});

describe('circle() and rect()', () => {
  test('write their geometry in a fixed order, with rx only on a rounded rect', () => {
    const dot = circle('dot-deepseek-v2', 'dot c-deepseek', { r: 4, cy: 20, cx: 10 });
    expect(dot.kind).toBe('circle');
    expect(Object.keys(dot.attrs)).toEqual(['cx', 'cy', 'r']);
    expect(dot.attrs).toEqual({ cx: 10, cy: 20, r: 4 });

    const square = rect('floor', 'floor', { height: 8, width: 100, y: 2, x: 1 });
    expect(square.kind).toBe('rect');
    expect(Object.keys(square.attrs)).toEqual(['x', 'y', 'width', 'height']);

    const rounded = rect('card-1', 'card', { x: 1, y: 2, width: 100, height: 8, rx: 3 });
    expect(Object.keys(rounded.attrs)).toEqual(['x', 'y', 'width', 'height', 'rx']);
    expect(rounded.attrs.rx).toBe(3);
  });
});

describe('path()', () => {
  test('draws its d, and carries hidden, verbatim and link onto the mark', () => {
    const m = path('line-deepseek', 'unit c-deepseek', 'M0,0L10,10', {
      hidden: true,
      verbatim: true,
      link: { href: '#quote-kaifu-ofo', label: 'Kai-Fu Lee' },
    });
    expect(m.kind).toBe('path');
    expect(m.attrs).toEqual({ d: 'M0,0L10,10' });
    expect(m.hidden).toBe(true);
    expect(m.verbatim).toBe(true);
    expect(m.link).toEqual({ href: '#quote-kaifu-ofo', label: 'Kai-Fu Lee' });
  });
});
