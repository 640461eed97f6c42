/**
 * The reading line: the height on screen at which a step counts as being read, one for the whole page.
 * It is fixed until the viewport really changes (a rotation, a resized window), so a phone's address bar
 * coming and going cannot move it. Resizes are handled once per frame, and once more when they stop;
 * scroll events right after a resize are the layout settling, not the reader.
 */

import { lastAbove } from '../last-above';
import { realChange } from './viewport-change';

/** Phones and narrow windows, where the graphic fills the top of the screen (global.css: same width). */
const narrow = matchMedia('(max-width: 59.99rem)');
/**
 * Where the stylesheet pins the graphic: scripts run, and the viewport is tall enough for a pinned chart
 * to be read (global.css asks the same query). Elsewhere each step shows its own chart.
 */
export const pinnable = matchMedia('screen and (scripting: enabled) and (min-height: 32rem)');

/** The line as a share of the viewport's height: mid-screen beside a graphic, lower on phones. */
export const lineShare = (): 0.5 | 0.7 => (narrow.matches ? 0.7 : 0.5);

/** `real`: the viewport changed shape; `settled`: the resizing has stopped and the layout has settled. */
export type Resize = { real: boolean; settled: boolean };

let size = { width: innerWidth, height: innerHeight };
let line = innerHeight * lineShare();
let holdUntil = 0;
let frame = 0;
let settleTimer = 0;
let acted = false;
let moved = 0;
const listeners = new Set<(resize: Resize) => void>();

/** The reading line, in pixels from the top of the viewport. */
export const readingLine = (): number => line;

/** True for a moment after a resize, while the layout settles. */
export const settling = (): boolean => performance.now() < holdUntil;

/** False until the reader scrolls, taps or types: until then a scroll is the browser restoring a position. */
export const readerHasActed = (): boolean => acted;

/**
 * When the reader last moved the page or pointed by wheel, touch, pointer or a key other than Tab (which
 * moves focus instead), as `performance.now()`; 0 before they have.
 */
export const lastMove = (): number => moved;

for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
  addEventListener(
    type,
    (event) => {
      acted = true;
      if (!(event instanceof KeyboardEvent && (event.key === 'Tab' || event.key === 'Shift')))
        moved = performance.now();
    },
    { passive: true },
  );
}

function resized(): void {
  frame = 0;
  const now = { width: innerWidth, height: innerHeight };
  const real = realChange(size, now);
  size = now;
  if (real) line = innerHeight * lineShare();
  holdUntil = performance.now() + 300;
  for (const listener of listeners) listener({ real, settled: false });
  // The layout may still move as it settles (heights in svh, images, fonts): look once more at the end.
  clearTimeout(settleTimer);
  settleTimer = window.setTimeout(() => {
    for (const listener of listeners) listener({ real: false, settled: true });
  }, 150);
}

addEventListener(
  'resize',
  () => {
    holdUntil = performance.now() + 300;
    frame ||= requestAnimationFrame(resized);
  },
  { passive: true },
);

/** Calls back on each frame of a resize and once when it has settled, until the signal aborts. */
export function onResize(callback: (resize: Resize) => void, signal: AbortSignal): void {
  listeners.add(callback);
  signal.addEventListener('abort', () => listeners.delete(callback));
}

/**
 * Calls back once the browser has landed a jump (an anchor, back or forward, a page restored from the
 * cache), until the signal aborts. `before` runs at once, as the jump starts.
 */
export function onJump(before: () => void, landed: () => void, signal: AbortSignal): void {
  const jump = () => {
    before();
    requestAnimationFrame(() => requestAnimationFrame(landed));
  };
  for (const type of ['hashchange', 'popstate', 'pageshow']) addEventListener(type, jump, { signal });
}

/** The last of the elements (in reading order) whose top has passed the reading line, if any has. */
export const lastAboveLine = <T extends Element>(elements: readonly T[]): T | undefined => lastAbove(elements, line);

/** Scrolls so that, whatever moved above it, the element stays at the reading line. */
export function keepAtLine(el: Element): void {
  const top = el.getBoundingClientRect().top;
  const next = el.nextElementSibling?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY;
  if (top > line || next <= line) window.scrollBy(0, top - line + 1);
}
