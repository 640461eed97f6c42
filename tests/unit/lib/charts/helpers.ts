import type { ChartModel, Mark } from '../../../../src/lib/charts/model';
import { textWidth } from '../../../../src/lib/charts/layout';

export const mark = (model: ChartModel, key: string): Mark => {
  const found = model.marks.find((m) => m.key === key);
  if (!found) throw new Error(`no mark "${key}" in ${model.chart}/${model.state}`);
  return found;
};

export const num = (m: Mark, attr: string): number => Number(m.attrs[attr]);

export const keys = (model: ChartModel): string[] => model.marks.map((m) => m.key).sort();

/** The box a visible text mark covers, from its anchor, an estimated width and its font size. */
export function textBox(m: Mark, fontSize: number): { x: number; y: number; w: number; h: number } {
  const w = textWidth(m.text ?? '', fontSize);
  const anchor = m.attrs['text-anchor'] ?? 'start';
  const x0 = num(m, 'x') - (anchor === 'middle' ? w / 2 : anchor === 'end' ? w : 0);
  return { x: x0, y: num(m, 'y') - fontSize * 0.8, w, h: fontSize };
}
