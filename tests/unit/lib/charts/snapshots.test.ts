/**
 * Golden SVGs of every chart: each state in both layouts in English, and the final state in both layouts
 * in every edition. A mismatch writes `<name>-changed.svg` beside the golden file for review; run with
 * UPDATE_SNAPSHOTS=1 to accept the changes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHART_IDS, chartSpec } from '../../../../src/lib/charts';
import type { Layout } from '../../../../src/lib/charts/model';
import { renderSvg } from '../../../../src/lib/charts/svg';
import { hantModel, hantQuote } from '../../../../src/lib/hant';
import { DATA } from '../../data';

const root = new URL('../../../snapshots/', import.meta.url).pathname;
const update = process.env.UPDATE_SNAPSHOTS === '1';

/** One element a line, numbers with at most two decimals: stable, and readable in a diff. */
function normalise(svg: string): string {
  return `${svg.replace(/(\d+\.\d{2})\d+/g, '$1').replace(/></g, '>\n<')}\n`;
}

function cases() {
  const list: { name: string; chart: string; state: string; layout: Layout; edition: 'en' | 'zh' | 'zh-hant' }[] = [];
  for (const chart of CHART_IDS) {
    const spec = chartSpec(chart);
    for (const layout of ['wide', 'compact'] as const) {
      for (const state of spec.states)
        list.push({ name: `${chart}/${state}-${layout}-en`, chart, state, layout, edition: 'en' });
      for (const edition of ['zh', 'zh-hant'] as const) {
        list.push({
          name: `${chart}/${spec.finalState}-${layout}-${edition}`,
          chart,
          state: spec.finalState,
          layout,
          edition,
        });
      }
    }
  }
  return list;
}

describe('golden SVG snapshots', () => {
  test.each(cases())('$name', ({ name, chart, state, layout, edition }) => {
    const spec = chartSpec(chart);
    const lang = edition === 'en' ? 'en' : 'zh';
    // As the 繁體 page draws it: quotes converted character by character, then the chart's own words.
    const hant = edition === 'zh-hant';
    const model = spec.draw(hant ? { ...DATA, quotes: DATA.quotes.map(hantQuote) } : DATA, { state, layout, lang });
    const svg = renderSvg(hant ? hantModel(model) : model, {
      labelledBy: 'title',
      describedBy: 'takeaway',
      defs: spec.defs?.(layout),
      interactive: spec.interactive,
      keepHiddenMarks: true,
      converted: hant,
    });
    const actual = normalise(svg);
    const golden = `${root}${name}.svg`;
    const changed = `${root}${name}-changed.svg`;
    mkdirSync(dirname(golden), { recursive: true });
    if (update) {
      writeFileSync(golden, actual);
      rmSync(changed, { force: true });
      return;
    }
    const expected = existsSync(golden) ? readFileSync(golden, 'utf8') : '';
    if (actual !== expected) writeFileSync(changed, actual);
    else rmSync(changed, { force: true });
    expect(actual === expected, `${name}.svg differs from its golden file: see ${name}-changed.svg`).toBe(true);
  });
});
