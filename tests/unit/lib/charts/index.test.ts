import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../../../src/domain/editions';
import { CHART_IDS, CHARTS, chartSpec } from '../../../../src/lib/charts';
import { overlaps } from '../../../../src/lib/charts/layout';
import { SIZES, type Layout } from '../../../../src/lib/charts/model';
import { DATA } from '../../data';
import { keys, num, textBox } from './helpers';

const draw = (id: string, state: string, layout: Layout = 'wide', lang: Lang = 'en') =>
  chartSpec(id).draw(DATA, { state, layout, lang });

const LAYOUTS: Layout[] = ['wide', 'compact'];
const LANGS: Lang[] = ['en', 'zh'];

/** The charts that have a title and takeaway: every chart the article can place. */
const CAPTIONED: string[] = JSON.parse(
  readFileSync(new URL('../../../../content/data/charts.json', import.meta.url), 'utf8'),
).map((entry: { id: string }) => entry.id);

describe('CHART_IDS and chartSpec()', () => {
  test('CHART_IDS lists each chart once, the same charts as have a caption', () => {
    expect(new Set(CHART_IDS).size, 'no chart is listed twice').toBe(CHART_IDS.length);
    expect([...CHART_IDS].sort()).toEqual([...CAPTIONED].sort());
    expect(CHARTS.size).toBe(CHART_IDS.length);
    for (const id of CHART_IDS) expect(chartSpec(id).id).toBe(id);
  });

  test('chartSpec() refuses an unknown id, naming the ids there are', () => {
    expect(() => chartSpec('no-such-chart')).toThrow('No chart "no-such-chart" (known: ');
    let message = '';
    try {
      chartSpec('no-such-chart');
    } catch (error) {
      message = (error as Error).message;
    }
    for (const id of CHART_IDS) expect(message).toContain(id);
  });
});

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
