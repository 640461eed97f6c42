import { describe, expect, test } from 'vitest';
import { CHART_IDS, chartSpec } from '../../../../src/lib/charts';
import { CASCADE_STATES } from '../../../../src/lib/charts/cascade';
import { overlaps } from '../../../../src/lib/charts/layout';
import type { Lang } from '../../../../src/domain/editions';
import { SIZES, type Layout, type Mark } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';
import { keys, mark, num, textBox } from './helpers';

const LAYOUTS: Layout[] = ['wide', 'compact'];
const LANGS: Lang[] = ['en', 'zh'];
const draw = (id: string, state: string, layout: Layout = 'wide', lang: Lang = 'en') =>
  chartSpec(id).draw(DATA, { state, layout, lang });

describe('every chart', () => {
  test.each(CHART_IDS)('%s keeps the same mark keys in every state, layout and language', (id) => {
    const spec = chartSpec(id);
    for (const layout of LAYOUTS) {
      const reference = keys(draw(id, spec.finalState, layout, 'en'));
      expect(new Set(reference).size, 'keys are unique').toBe(reference.length);
      for (const state of spec.states)
        for (const lang of LANGS) expect(keys(draw(id, state, layout, lang))).toEqual(reference);
    }
  });

  test.each(CHART_IDS)('%s draws within its frame', (id) => {
    for (const layout of LAYOUTS) {
      const model = draw(id, chartSpec(id).finalState, layout);
      for (const m of model.marks) {
        for (const attr of ['x', 'x1', 'x2', 'cx'])
          if (attr in m.attrs) expect(num(m, attr), `${m.key}.${attr}`).toBeGreaterThanOrEqual(-1);
        for (const attr of ['x', 'x1', 'x2', 'cx'])
          if (attr in m.attrs && m.kind !== 'text')
            expect(num(m, attr), `${m.key}.${attr}`).toBeLessThanOrEqual(model.width + 1);
        for (const attr of ['y', 'y1', 'y2', 'cy'])
          if (attr in m.attrs) expect(num(m, attr), `${m.key}.${attr}`).toBeLessThanOrEqual(model.height + 1);
      }
    }
  });

  test.each(CHART_IDS)('%s has no two visible labels on top of each other', (id) => {
    for (const layout of LAYOUTS) {
      for (const lang of LANGS) {
        const model = draw(id, chartSpec(id).finalState, layout, lang);
        const font = SIZES[layout].font;
        const texts = model.marks.filter((m) => m.kind === 'text' && !m.hidden && m.text);
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const a = textBox(texts[i]!, font);
            const b = textBox(texts[j]!, font);
            expect(overlaps(a, b), `${layout}/${lang}: "${texts[i]!.text}" overlaps "${texts[j]!.text}"`).toBe(false);
          }
        }
      }
    }
  });

  test.each(CHART_IDS)('%s labels stay inside the drawing', (id) => {
    for (const layout of LAYOUTS) {
      for (const lang of LANGS) {
        const model = draw(id, chartSpec(id).finalState, layout, lang);
        const font = SIZES[layout].font;
        for (const m of model.marks.filter((mk) => mk.kind === 'text' && !mk.hidden)) {
          const box = textBox(m, font);
          expect(box.x, `${layout}/${lang}: "${m.text}" starts left of the frame`).toBeGreaterThanOrEqual(-2);
          expect(box.x + box.w, `${layout}/${lang}: "${m.text}" runs past the frame`).toBeLessThanOrEqual(
            model.width + 4,
          );
        }
      }
    }
  });
});

describe('cascade()', () => {
  const model = draw('cascade', 'tencent');
  const floor = mark(model, 'floor');
  const inFloor = (y: number) => y >= num(floor, 'y') && y <= num(floor, 'y') + num(floor, 'height');

  test('puts free models on the floor band and priced ones above it', () => {
    for (const row of DATA.prices.filter((r) => r.role !== 'benchmark')) {
      const cy = num(mark(model, `dot-${row.id}`), 'cy');
      expect(inFloor(cy), `${row.id} at ${row.inputAfter}`).toBe(row.inputAfter === 0);
    }
  });

  test('draws each cut as a drop from its price before to its price after', () => {
    const drop = mark(model, 'drop-glm-3-turbo');
    expect(num(drop, 'y1')).toBeLessThan(num(drop, 'y2'));
    expect(num(mark(model, 'before-glm-3-turbo'), 'cy')).toBe(num(drop, 'y1'));
    expect(drop.className).toContain('drop--own');
    expect(mark(model, 'drop-doubao-pro-32k').className).toContain('drop--industry');
    expect(mark(model, 'drop-hunyuan-lite').className).toContain('drop--source-only');
  });

  test('uses a log scale: each decade of price is the same height', () => {
    const y = (tick: number) => num(mark(model, `grid-${tick}`), 'y1');
    expect(y(1) - y(10)).toBeCloseTo(y(10) - y(100), 6);
  });

  test('adds one company per state, in the order they moved', () => {
    const shown = (state: string) =>
      draw('cascade', state)
        .marks.filter((m) => m.key.startsWith('dot-') && !m.hidden)
        .map((m) => m.key);
    expect(shown('deepseek')).toEqual(['dot-deepseek-v2']);
    let previous = 0;
    for (const state of CASCADE_STATES.filter((s) => s !== 'all')) {
      const count = shown(state).length;
      expect(count).toBeGreaterThan(previous);
      previous = count;
    }
    expect(shown('all')).toHaveLength(previous);
    expect(previous).toBe(DATA.prices.filter((r) => r.role !== 'benchmark').length);
  });
});

describe('priceGap()', () => {
  test('shows the ratios of the brief, 1/71 and 1/107', () => {
    const model = draw('price-gap', 'deepseek');
    expect(mark(model, 'gap-label-input').text).toBe('1/71');
    expect(mark(model, 'gap-label-output').text).toBe('1/107');
  });

  test('keeps DeepSeek hidden at GPT-4-Turbo’s price until it falls into place', () => {
    const before = draw('price-gap', 'turbo');
    const after = draw('price-gap', 'deepseek');
    expect(mark(before, 'dot-deepseek-v2-input').hidden).toBe(true);
    expect(num(mark(before, 'dot-deepseek-v2-input'), 'cx')).toBe(num(mark(before, 'dot-gpt-4-turbo-input'), 'cx'));
    // The axis widens when DeepSeek arrives: one yuan is off the scale before, on it after.
    expect(mark(before, 'tick-1').hidden).toBe(true);
    expect(mark(after, 'tick-1').hidden).toBeFalsy();
    expect(num(mark(after, 'dot-gpt-4-turbo-input'), 'cx')).toBeGreaterThan(
      num(mark(before, 'dot-gpt-4-turbo-input'), 'cx'),
    );
    expect(num(mark(after, 'dot-deepseek-v2-input'), 'cx')).toBeLessThan(num(mark(after, 'dot-gpt-4o-input'), 'cx'));
    expect(mark(before, 'dot-gpt-4o-input').hidden).toBe(true);
    expect(mark(draw('price-gap', 'gpt4o'), 'dot-gpt-4o-input').hidden).toBeFalsy();
  });
});

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
});

describe('gpuStock()', () => {
  test('draws 100 confirmed squares of 100 GPUs, and the estimate apart, in outline', () => {
    const model = draw('gpu-stock', 'estimate');
    // One path per group, one closed square per subpath.
    const squares = (m: Mark) => String(m.attrs.d).match(/M[\d.]+ [\d.]+h[\d.]+v[\d.]+h-[\d.]+z/g) ?? [];
    const confirmed = mark(model, 'confirmed-squares');
    const estimate = mark(model, 'estimate-squares');
    expect(squares(confirmed)).toHaveLength(100);
    expect(squares(estimate)).toHaveLength(100);
    expect(String(confirmed.attrs.d)).toBe(squares(confirmed).join(''));
    expect(estimate.className).toContain('unit--estimate');
    expect(confirmed.className).not.toContain('unit--estimate');
    // Squares sit on a grid of ten a row, none overlapping.
    const corners = squares(confirmed).map((s) =>
      s
        .match(/M([\d.]+) ([\d.]+)/)!
        .slice(1)
        .join(','),
    );
    expect(new Set(corners).size).toBe(100);
    expect(new Set(corners.map((c) => c.split(',')[0])).size).toBe(10);
    const shown = (state: string) => draw('gpu-stock', state).marks.filter((m) => m.kind === 'path' && !m.hidden);
    expect(shown('empty')).toHaveLength(0);
    expect(shown('confirmed').map((m) => m.key)).toEqual(['confirmed-squares']);
    expect(shown('estimate').map((m) => m.key)).toEqual(['confirmed-squares', 'estimate-squares']);
  });
});

describe('yuanBuys()', () => {
  test('shows what one yuan buys, and free models in the no-limit band', () => {
    const model = draw('yuan-buys', 'all');
    expect(mark(model, 'value-deepseek-v2').text).toBe('1 million');
    expect(mark(model, 'value-qwen-long').text).toBe('2 million');
    expect(mark(model, 'value-doubao-pro-32k').text).toBe('1.25 million');
    const zone = mark(model, 'free-zone');
    const cx = num(mark(model, 'dot-spark-lite'), 'cx');
    expect(cx).toBeGreaterThan(num(zone, 'x'));
    expect(cx).toBeLessThan(num(zone, 'x') + num(zone, 'width'));
  });

  test('reads the same scale in Chinese characters, at 0.6 tokens a character', () => {
    const model = draw('yuan-buys', 'all');
    // 1,000,000 characters sit where 600,000 tokens would.
    const chars = num(mark(model, 'ctick-mark-1000000'), 'x1');
    const tokens = (t: number) => num(mark(model, `grid-${t}`), 'x1');
    const perDecade = tokens(1_000_000) - tokens(100_000);
    expect(chars).toBeCloseTo(tokens(100_000) + perDecade * Math.log10(6), 6);
  });
});

describe('deepseekPath()', () => {
  test('steps from V2 through V3 and V3.1 to V3.2-Exp, with the launch offer and the off-peak discount', () => {
    const output = (state: string) => mark(draw('deepseek-path', state), 'end-label-output').text;
    expect(output('v2')).toBe('Output ¥2');
    expect(output('v3')).toBe('Output ¥8');
    expect(output('v31')).toBe('Output ¥12');
    expect(output('v32')).toBe('Output ¥3');
    expect(mark(draw('deepseek-path', 'v31'), 'end-model').text).toBe('DeepSeek-V3.1');
    expect(mark(draw('deepseek-path', 'v2'), 'promo-band').hidden).toBe(true);
    expect(mark(draw('deepseek-path', 'v32'), 'promo-band').hidden).toBeFalsy();
  });

  test('ends the off-peak band on the day V3.1 ended the discount', () => {
    const model = draw('deepseek-path', 'v32');
    const band = mark(model, 'offpeak-band');
    expect(mark(draw('deepseek-path', 'r1'), 'offpeak-band').hidden).toBe(true);
    expect(band.hidden).toBeFalsy();
    // The output line rises to V3.1's 12 yuan where the band ends.
    const path = String(mark(model, 'line-output').attrs.d);
    const end = num(band, 'x') + num(band, 'width');
    expect(path).toContain(`${Math.round(end * 100) / 100},`);
  });
});
