/**
 * gpu-stock (the-quant): a unit chart of High-Flyer's Nvidia A100s. One square is 100 GPUs: about 10,000
 * confirmed, and the unconfirmed "over 20,000" drawn apart, in outline, as an estimate.
 */
import type { Lang } from '../../domain/editions';
import type { FigureRow } from '../../schemas/figure';
import { defineChart } from './define';
import { path, text } from './marks';
import { SIZES, type ChartModel, type ChartOptions, type DataTable, type Mark } from './model';
import { requireRow } from './rows';

export const GPU_STOCK_STATES = ['empty', 'confirmed', 'estimate'] as const;
export type GpuStockState = (typeof GPU_STOCK_STATES)[number];

export const GPUS_PER_SQUARE = 100;

const WORDS = {
  en: {
    confirmed: 'About 10,000 A100s',
    confirmedNote: 'confirmed',
    estimate: '“Over 20,000” in all?',
    estimateNote: 'one unnamed insider’s estimate',
    estimateNoteShort: 'one insider’s estimate',
    perSquare: 'Each square is 100 GPUs',
    figure: 'Figure',
    value: 'Value',
    confidence: 'Confidence',
    confidenceOf: { confirmed: 'confirmed', attributed: 'attributed, not confirmed', conflicting: 'sources conflict' },
  },
  zh: {
    confirmed: '约一万张A100',
    confirmedNote: '有报道证实',
    estimate: '共“超过两万张”？',
    estimateNote: '一位匿名业内人士的估计',
    estimateNoteShort: '一位业内人士的估计',
    perSquare: '每个方格代表100张GPU',
    figure: '数据',
    value: '数值',
    confidence: '可信度',
    confidenceOf: { confirmed: '已证实', attributed: '仅有单一来源，未经证实', conflicting: '说法不一' },
  },
} as const;

const FIGURES = ['gpus', 'gpus-estimate'] as const;

function figure(figures: readonly FigureRow[], id: string): number {
  const found = requireRow(figures, id, 'gpu-stock', 'figures.json');
  if (!found.number) throw new Error(`gpu-stock: content/data/figures.json has no number for "${id}"`);
  return found.number;
}

export function drawGpuStock(
  figures: readonly FigureRow[],
  { state, layout, lang }: ChartOptions<GpuStockState>,
): ChartModel {
  const w = WORDS[lang];
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

  // All the squares of a group are one path: a square per subpath, drawn cell by cell, row by row.
  const squares = (group: 'confirmed' | 'estimate', count: number, originX: number, hidden: boolean): Mark => {
    const cells = Array.from({ length: count }, (_, i) => {
      const x = originX + (i % perRow) * (cell + gap);
      const y = top + Math.floor(i / perRow) * (cell + gap);
      return `M${x} ${y}h${cell}v${cell}h${-cell}z`;
    });
    const className = group === 'confirmed' ? 'unit c-deepseek' : 'unit unit--estimate c-deepseek';
    return path(`${group}-squares`, className, cells.join(''), { hidden });
  };
  const heading = (key: string, originX: number, title: string, note: string, hidden: boolean): Mark[] => [
    text(`${key}-title`, 'label-name c-deepseek', { x: originX, y: top - (wide ? 26 : 22) }, title, { hidden }),
    text(`${key}-note`, 'label-value', { x: originX, y: top - (wide ? 9 : 8) }, note, { hidden }),
  ];
  const estimateX = left + grid + between;

  const marks: Mark[] = [
    ...heading('confirmed', left, w.confirmed, w.confirmedNote, state === 'empty'),
    squares('confirmed', confirmed, left, state === 'empty'),
    ...heading('estimate', estimateX, w.estimate, wide ? w.estimateNote : w.estimateNoteShort, state !== 'estimate'),
    squares('estimate', extra, estimateX, state !== 'estimate'),
    text('legend', 'axis-label', { x: left, y: top + grid + (wide ? 26 : 22) }, w.perSquare),
  ];
  return { chart: 'gpu-stock', state, layout, width, height, marks };
}

/** The two figures, as the brief gives them, with how far each is confirmed. */
function gpuTable(figures: readonly FigureRow[], lang: Lang): DataTable {
  const w = WORDS[lang];
  return {
    columns: [w.figure, w.value, w.confidence],
    rows: FIGURES.map((id) => requireRow(figures, id, 'gpu-stock', 'figures.json')).map((f) => [
      f.label[lang],
      f.value[lang],
      w.confidenceOf[f.confidence],
    ]),
  };
}

export default defineChart({
  id: 'gpu-stock',
  states: GPU_STOCK_STATES,
  finalState: 'estimate',
  introState: 'empty',
  draw: (data, options) => drawGpuStock(data.figures, options),
  table: (data, lang) => gpuTable(data.figures, lang),
  sources: (data) => FIGURES.flatMap((id) => requireRow(data.figures, id, 'gpu-stock', 'figures.json').sources),
});
