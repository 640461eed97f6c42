/** Placing labels so that they do not overlap. */

export interface LabelSlot {
  /** Where the label would like to sit (its centre on the axis being spread). */
  want: number;
  /** Its extent along that axis (a text label's line height). */
  size: number;
}

/**
 * Moves labels along one axis, as little as possible, so that none overlaps the next, within [min, max].
 * Returns the new centres in the input order. Labels keep their order by `want`.
 */
export function spreadLabels(slots: readonly LabelSlot[], min: number, max: number, gap = 2): number[] {
  const order = slots.map((slot, index) => ({ ...slot, index })).sort((a, b) => a.want - b.want || a.index - b.index);
  const placed = order.map((slot) => slot.want);
  // Push down from the top, then up from the bottom, then settle: a simple, stable 1-D relaxation.
  for (let pass = 0; pass < 50; pass++) {
    let moved = false;
    for (let i = 1; i < order.length; i++) {
      const need = (order[i - 1]!.size + order[i]!.size) / 2 + gap;
      if (placed[i]! - placed[i - 1]! < need) {
        const overlap = need - (placed[i]! - placed[i - 1]!);
        placed[i - 1]! -= overlap / 2;
        placed[i]! += overlap / 2;
        moved = true;
      }
    }
    for (let i = 0; i < order.length; i++) {
      const half = order[i]!.size / 2;
      if (placed[i]! - half < min) placed[i] = min + half;
      if (placed[i]! + half > max) placed[i] = max - half;
    }
    if (!moved) break;
  }
  const result: number[] = new Array(slots.length);
  order.forEach((slot, i) => (result[slot.index] = placed[i]!));
  return result;
}

/** True when two boxes overlap (for tests and checks). */
export function overlaps(
  a: { x: number; y: number; w: number; h: number },
  b: { x: number; y: number; w: number; h: number },
): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** A rough width of a text label: CJK characters are about one em, Latin about 0.56 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : /[A-Z0-9¥%]/.test(ch) ? 0.62 : 0.52;
  return em * fontSize;
}

/**
 * Breaks text into lines no wider than `width`, at spaces for Latin text and between any two characters
 * for Chinese; the last line ends in an ellipsis if the text does not fit in `lines`.
 */
export function wrapText(text: string, width: number, fontSize: number, lines: number): string[] {
  const units = /[\u2E80-\u9FFF]/.test(text) ? [...text] : text.split(/(?<=\s)/);
  const out: string[] = [];
  let line = '';
  for (const unit of units) {
    // Closing punctuation never starts a line (kinsoku): it stays on the line before, a little over.
    if (line && !/^[)）」』，。、；：！？,.;:!?]/.test(unit) && textWidth((line + unit).trimEnd(), fontSize) > width) {
      out.push(line.trimEnd());
      line = unit.trimStart();
      if (out.length === lines) break;
    } else line += unit;
  }
  if (out.length < lines && line) out.push(line.trimEnd());
  const used = out.join('').replace(/\s/g, '').length;
  if (used < text.replace(/\s/g, '').length) {
    let last = out[lines - 1] ?? '';
    while (last && textWidth(`${last}…`, fontSize) > width) last = [...last].slice(0, -1).join('');
    out[lines - 1] = `${last.trimEnd()}…`;
  }
  return out.slice(0, lines);
}

/** Exactly `n` lines, the missing ones empty, so that marks keep their keys in every language. */
export function padLines(lines: readonly string[], n: number): string[] {
  return [...lines, ...Array<string>(Math.max(0, n - lines.length)).fill('')].slice(0, n);
}
