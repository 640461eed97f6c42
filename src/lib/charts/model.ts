/**
 * A chart as plain data: every mark with a stable key, its kind, its class and its geometry, in paint
 * order. Models are what the chart functions return and what the SVG renderer and the client
 * animation read; nothing here touches the DOM.
 */
import type { Lang } from '../../domain/editions';
import type { EpilogueRow } from '../../schemas/epilogue';
import type { FigureRow } from '../../schemas/figure';
import type { PriceRow } from '../../schemas/price';
import type { Quote } from '../../schemas/quote';
import type { StanceRow } from '../../schemas/stance';

export type MarkKind = 'rect' | 'circle' | 'line' | 'path' | 'text' | 'polygon';

export interface Mark {
  /** Stable across the states of a chart, so an animation can move a mark rather than replace it. */
  key: string;
  kind: MarkKind;
  /** Space-separated classes: the role of the mark and its colour (`mark c-deepseek`). */
  className: string;
  /** SVG geometry and presentation attributes: x, y, width, height, r, x1…y2, d, points, text-anchor… */
  attrs: Readonly<Record<string, string | number>>;
  /** The text of a text mark. */
  text?: string;
  /** Present in this state but not shown: drawn with opacity 0 so that a later state can reveal it. */
  hidden?: boolean;
  /** Someone's words (a quote), not ours: the 繁體 edition converts them character by character. */
  verbatim?: boolean;
  /**
   * Makes the mark a link: where it goes (an anchor in the article), its accessible name, and a short text
   * a tooltip may show (`verbatim` when the excerpt is a quote).
   */
  link?: { href: `#${string}`; label: string; excerpt?: string; verbatim?: boolean };
}

export type Layout = 'wide' | 'compact';

/**
 * The two drawing sizes: the wide one for screens and columns wider than 34rem, the compact one below,
 * each with the size of its type, which the renderer writes on the drawing and the label layout uses.
 */
export const SIZES: Readonly<Record<Layout, { width: number; font: number }>> = {
  wide: { width: 720, font: 13 },
  compact: { width: 360, font: 11 },
};

export interface ChartModel {
  chart: string;
  state: string;
  layout: Layout;
  width: number;
  height: number;
  marks: Mark[];
}

/** What every chart function takes: its state, its layout, and the language of its labels. */
export interface ChartOptions<State extends string = string> {
  state: State;
  layout: Layout;
  lang: Lang;
}

/** Every data file a chart may draw from, parsed by the content layer. */
export interface ChartData {
  prices: readonly PriceRow[];
  epilogue: readonly EpilogueRow[];
  figures: readonly FigureRow[];
  stances: readonly StanceRow[];
  quotes: readonly Quote[];
}

/** A cell of a data table: our text, or someone's words (a quote), which 繁體 converts character by character. */
export type Cell = string | { text: string; verbatim: true };

/** The data behind a chart, as a table a reader can open. */
export interface DataTable {
  columns: readonly string[];
  rows: Cell[][];
}
