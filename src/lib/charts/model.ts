/**
 * A chart as plain data: every mark with a stable key, its kind, its class and its geometry, in paint
 * order. Models are what the chart functions return and what the SVG renderer and the client
 * animation read; nothing here touches the DOM.
 */

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
   * Makes the mark a link: where it goes, its accessible name, and a short text a tooltip may show
   * (`verbatim` when the excerpt is a quote).
   */
  link?: { href: string; label: string; excerpt?: string; verbatim?: boolean };
}

export type Layout = 'wide' | 'compact';

/** The two drawing sizes: the wide one for screens and columns wider than 34rem, the compact one below. */
export const SIZES: Readonly<Record<Layout, { width: number }>> = {
  wide: { width: 720 },
  compact: { width: 360 },
};

export interface ChartModel {
  chart: string;
  state: string;
  layout: Layout;
  width: number;
  height: number;
  marks: Mark[];
}

export type Lang = 'en' | 'zh';

/** What every chart function takes: its state, its layout, and the language of its labels. */
export interface ChartOptions<State extends string> {
  state: State;
  layout: Layout;
  lang: Lang;
}

/** Marks of a state that follows the one being drawn keep their place but are hidden. */
export function hide(marks: Mark[], when: boolean): Mark[] {
  return when ? marks.map((mark) => ({ ...mark, hidden: true })) : marks;
}
