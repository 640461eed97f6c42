/**
 * gpu-stock (the-quant): a unit chart of High-Flyer's Nvidia A100s. One square is 100 GPUs: about 10,000
 * confirmed, and the unconfirmed "over 20,000" drawn apart, in outline, as an estimate.
 */
import type { FigureRow } from '../../schemas/figure';
import { SIZES, type ChartModel, type ChartOptions, type Mark } from './model';
import { chartText } from './text';

export const GPU_STOCK_STATES = ['empty', 'confirmed', 'estimate'] as const;
export type GpuStockState = (typeof GPU_STOCK_STATES)[number];

export const GPUS_PER_SQUARE = 100;

function figure(figures: readonly FigureRow[], id: string): number {
  const found = figures.find((f) => f.id === id);
  if (!found?.number) throw new Error(`gpu-stock: content/data/figures.json has no number for "${id}"`);
  return found.number;
}

export function gpuStock(
  figures: readonly FigureRow[],
  { state, layout, lang }: ChartOptions<GpuStockState>,
): ChartModel {
  const t = chartText(lang);
  const wide = layout === 'wide';
  const { width } = SIZES[layout];
  const confirmed = figure(figures, 'gpus') / GPUS_PER_SQUARE;
  // The estimate is of the whole stock; only what it adds beyond the confirmed figure is drawn apart.
  const extra = (figure(figures, 'gpus-estimate') - figure(figures, 'gpus')) / GPUS_PER_SQUARE;
  const cell = wide ? 20 : 12;
  const gap = wide ? 4 : 3;
  const perRow = 10;
  const grid = perRow * cell + (perRow - 1) * gap;
  const between = wide ? 72 : 24;
  const left = (width - grid * 2 - between) / 2;
  const top = wide ? 52 : 46;
  const height = top + grid + (wide ? 40 : 36);
  const marks: Mark[] = [];

  // All the squares of a group are one path: a square per subpath, drawn cell by cell, row by row.
  const squares = (group: 'confirmed' | 'estimate', count: number, originX: number, hidden: boolean): Mark => {
    const cells = Array.from({ length: count }, (_, i) => {
      const x = originX + (i % perRow) * (cell + gap);
      const y = top + Math.floor(i / perRow) * (cell + gap);
      return `M${x} ${y}h${cell}v${cell}h${-cell}z`;
    });
    return {
      key: `${group}-squares`,
      kind: 'path',
      className: group === 'confirmed' ? 'unit c-deepseek' : 'unit unit--estimate c-deepseek',
      attrs: { d: cells.join('') },
      hidden,
    };
  };

  const heading = (key: string, originX: number, title: string, note: string, hidden: boolean) => {
    marks.push({
      key: `${key}-title`,
      kind: 'text',
      className: 'label-name c-deepseek',
      attrs: { x: originX, y: top - (wide ? 26 : 22) },
      text: title,
      hidden,
    });
    marks.push({
      key: `${key}-note`,
      kind: 'text',
      className: 'label-value',
      attrs: { x: originX, y: top - (wide ? 9 : 8) },
      text: note,
      hidden,
    });
  };

  heading('confirmed', left, t.confirmed, t.confirmedNote, state === 'empty');
  marks.push(squares('confirmed', confirmed, left, state === 'empty'));
  const estimateX = left + grid + between;
  heading('estimate', estimateX, t.estimate, wide ? t.estimateNote : t.estimateNoteShort, state !== 'estimate');
  marks.push(squares('estimate', extra, estimateX, state !== 'estimate'));
  marks.push({
    key: 'legend',
    kind: 'text',
    className: 'axis-label',
    attrs: { x: left, y: top + grid + (wide ? 26 : 22) },
    text: t.perSquare,
  });

  return { chart: 'gpu-stock', state, layout, width, height, marks };
}
