/**
 * The reader's choice of scrolling effects (pinned, animated charts, the hero's sliding price), kept for
 * the visit and shared by every element that moves. One key, one event.
 */

const KEY = 'price-butcher:scrolling-effects';
const EVENT = 'price-butcher:scrolling-effects';

/** The reader has asked the system for less motion. */
export const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** Whether the reader wants the effects (on unless turned off during this visit). */
export function effectsWanted(): boolean {
  try {
    return sessionStorage.getItem(KEY) !== 'off';
  } catch {
    // Storage can be unavailable (private modes, sandboxed frames): effects stay on.
    return true;
  }
}

/** Whether things may move on their own: the effects are wanted and the system allows motion. */
export function motionAllowed(): boolean {
  return effectsWanted() && !reducedMotion.matches;
}

/** Keeps the reader's choice for the visit and tells every element on the page. */
export function setEffects(on: boolean): void {
  try {
    sessionStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered, but still applied to this page.
  }
  dispatchEvent(new CustomEvent(EVENT, { detail: { on } }));
}

/** Calls back with the reader's new choice whenever it changes, until the signal aborts. */
export function onEffectsChange(callback: (on: boolean) => void, signal: AbortSignal): void {
  addEventListener(EVENT, (event) => callback((event as CustomEvent<{ on: boolean }>).detail.on), { signal });
}
