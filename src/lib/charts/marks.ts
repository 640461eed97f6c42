/**
 * Mark constructors, so that a chart reads as a list of its marks: `line('grid-1', 'grid', {…})`. Each
 * writes its geometry in one fixed order, which keeps the SVG output stable.
 */
import type { Mark } from './model';

/** What any mark may also be: hidden in this state, someone's words, a link. */
export type MarkOptions = Pick<Mark, 'hidden' | 'verbatim' | 'link'>;

const make = (
  key: string,
  kind: Mark['kind'],
  className: string,
  attrs: Mark['attrs'],
  options: MarkOptions,
  text?: string,
): Mark => ({ key, kind, className, attrs, ...(text === undefined ? {} : { text }), ...options });

export function line(
  key: string,
  className: string,
  at: { x1: number; x2: number; y1: number; y2: number },
  options: MarkOptions = {},
): Mark {
  return make(key, 'line', className, { x1: at.x1, x2: at.x2, y1: at.y1, y2: at.y2 }, options);
}

export function text(
  key: string,
  className: string,
  at: { x: number; y: number; anchor?: 'start' | 'middle' | 'end' },
  content: string,
  options: MarkOptions = {},
): Mark {
  const attrs: Mark['attrs'] = at.anchor ? { x: at.x, y: at.y, 'text-anchor': at.anchor } : { x: at.x, y: at.y };
  return make(key, 'text', className, attrs, options, content);
}

export function circle(
  key: string,
  className: string,
  at: { cx: number; cy: number; r: number },
  options: MarkOptions = {},
): Mark {
  return make(key, 'circle', className, { cx: at.cx, cy: at.cy, r: at.r }, options);
}

export function rect(
  key: string,
  className: string,
  at: { x: number; y: number; width: number; height: number; rx?: number },
  options: MarkOptions = {},
): Mark {
  const attrs = { x: at.x, y: at.y, width: at.width, height: at.height };
  return make(key, 'rect', className, at.rx === undefined ? attrs : { ...attrs, rx: at.rx }, options);
}

export function path(key: string, className: string, d: string, options: MarkOptions = {}): Mark {
  return make(key, 'path', className, { d }, options);
}
