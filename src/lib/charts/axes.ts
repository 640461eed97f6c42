/** The axes the charts share: gridlines with their values, tick marks with their labels, an axis's name. */
import type { Lang } from '../../domain/editions';
import { words } from '../../i18n';
import { line, text } from './marks';
import type { Mark } from './model';

/** Horizontal gridlines across the plot at each value, labelled at its left edge (`grid-<v>`, `tick-<v>`). */
export function yGrid(
  values: readonly number[],
  y: (value: number) => number,
  { x1, x2, format }: { x1: number; x2: number; format: (value: number) => string },
): Mark[] {
  return values.flatMap((v) => [
    line(`grid-${v}`, 'grid', { x1, x2, y1: y(v), y2: y(v) }),
    text(`tick-${v}`, 'tick', { x: x1 - 6, y: y(v) + 4, anchor: 'end' }, format(v)),
  ]);
}

/**
 * Vertical gridlines down the plot at each value, labelled beneath or above it at `labelY`; a value the
 * scale does not show in this state is kept, hidden (`grid-<v>`, `tick-<v>`).
 */
export function xGrid(
  values: readonly number[],
  x: (value: number) => number,
  options: {
    y1: number;
    y2: number;
    labelY: number;
    format: (value: number) => string;
    hidden?: (v: number) => boolean;
  },
): Mark[] {
  const { y1, y2, labelY, format } = options;
  return values.flatMap((v) => {
    const hidden = options.hidden?.(v);
    const at = x(v);
    return [
      line(`grid-${v}`, 'grid', { x1: at, x2: at, y1, y2 }, hidden === undefined ? {} : { hidden }),
      text(
        `tick-${v}`,
        'tick',
        { x: at, y: labelY, anchor: 'middle' },
        format(v),
        hidden === undefined ? {} : { hidden },
      ),
    ];
  });
}

/** Short tick marks below an axis at `y`, each with its label (`<mark>-<id>`, `<label>-<id>`). */
export function xTicks<T extends string | number>(
  ticks: readonly T[],
  at: (tick: T) => number,
  { y, keys, format }: { y: number; keys: readonly [mark: string, label: string]; format: (tick: T) => string },
): Mark[] {
  return ticks.flatMap((tick) => [
    line(`${keys[0]}-${tick}`, 'tick-mark', { x1: at(tick), x2: at(tick), y1: y, y2: y + 5 }),
    text(`${keys[1]}-${tick}`, 'tick', { x: at(tick), y: y + 18, anchor: 'middle' }, format(tick)),
  ]);
}

/** The name of a log axis: `yuan per million tokens (log scale)`. */
export function logAxisName(name: string, lang: Lang): string {
  return `${name}${words(lang).punctuation.paren(words(lang).chart.logNote)}`;
}
