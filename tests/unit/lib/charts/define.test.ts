import { describe, expect, test } from 'vitest';
import { defineChart, type ChartDefinition } from '../../../../src/lib/charts/define';
import type { ChartModel } from '../../../../src/lib/charts/model';

const definition: ChartDefinition<'demo', 'one' | 'two'> = {
  id: 'demo',
  states: ['one', 'two'],
  finalState: 'two',
  draw: (_data, { state, layout }) =>
    ({ chart: 'demo', state, layout, width: 10, height: 10, marks: [] }) as unknown as ChartModel,
  table: () => ({ columns: [], rows: [] }) as never,
  sources: () => [],
};
const chart = defineChart(definition);

describe('defineChart', () => {
  test('draws the states it has, and refuses any other, naming the chart and its states', () => {
    expect(chart.hasState('one')).toBe(true);
    expect(chart.hasState('three')).toBe(false);
    expect(chart.draw({} as never, { state: 'one', layout: 'wide', lang: 'en' }).state).toBe('one');
    expect(() => chart.draw({} as never, { state: 'three', layout: 'wide', lang: 'en' })).toThrow(
      'Chart "demo" has no state "three" (known: one, two)',
    );
  });

  test('a chart is not interactive unless it says so', () => {
    expect(chart.interactive).toBe(false);
  });

  test("a scrolly opens on the chart's intro state where it has one, else on its first step's state", () => {
    expect(chart.openingState('two')).toBe('two');
    expect(defineChart({ ...definition, introState: 'one' }).openingState('two')).toBe('one');
  });
});
