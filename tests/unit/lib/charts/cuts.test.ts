import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../../src/domain/editions';
import { chartSpec } from '../../../../src/lib/charts';
import type { Layout } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';
import { mark, num } from './helpers';

const draw = (id: string, state: string, layout: Layout = 'wide', lang: Lang = 'en') =>
  chartSpec(id).draw(DATA, { state, layout, lang });

describe('cuts()', () => {
  const model = draw('cuts', 'all');
  test('sorts the cuts, deepest first, and marks Doubao’s as against the industry', () => {
    const widths = model.marks.filter((m) => m.key.startsWith('bar-')).map((m) => num(m, 'width'));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(mark(model, 'bar-doubao-pro-32k').className).toContain('is-industry');
    expect(mark(model, 'value-glm-3-turbo').text).toBe('80%');
    expect(mark(model, 'value-qwen-long').text).toBe('97.5%');
    expect(mark(model, 'value-hunyuan-pro').text).toBe('70%');
    expect(mark(model, 'value-hunyuan-standard-256k').text).toBe('87.5%');
    expect(mark(model, 'value-doubao-pro-32k').text).toBe('99.3%');
  });

  test('labels a model made free “Free”, not 100%, on a bar that runs the whole scale', () => {
    const scale = num(mark(model, 'grid-100'), 'x1') - num(mark(model, 'grid-0'), 'x1');
    for (const id of ['ernie-speed-lite', 'spark-lite', 'hunyuan-lite']) {
      expect(mark(model, `value-${id}`).text).toBe('Free');
      expect(num(mark(model, `bar-${id}`), 'width')).toBeCloseTo(scale, 6);
    }
    expect(num(mark(model, 'bar-glm-3-turbo'), 'width')).toBeCloseTo(scale * 0.8, 6);
  });

  test('notes the cuts measured against a price the company did not charge, and no other', () => {
    expect(mark(model, 'note-doubao-pro-32k').text).toBe('vs the industry’s price');
    expect(mark(model, 'note-hunyuan-lite').text).toBe('price before: source only');
    expect(mark(model, 'bar-hunyuan-lite').className).toContain('is-source-only');
    const notes = model.marks.filter((m) => m.key.startsWith('note-')).map((m) => m.key);
    expect(notes.sort()).toEqual(['note-doubao-pro-32k', 'note-hunyuan-lite']);
  });
});
