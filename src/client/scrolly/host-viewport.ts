/**
 * Where this embed's frame sits in the page that embeds it, as that page tells us: what an embedded
 * scrolly needs to pin its chart and follow the host's reader, since nothing can stick inside a frame as
 * tall as its content. Two hosts tell: a page with our /embed.js (it answers our hello, then sends the
 * frame's position as its reader scrolls) and a pym.js parent made by our snippet (its scroll tracking
 * on, which our snippet says in the frame's address with `scroll=host`). Messages count only from the
 * parent window, at the parent's origin where the browser says it. A host that says nothing within a
 * second leaves the embed flat, and one that speaks later is not heard: the embed is sized once.
 */

import { realChange } from './viewport-change';

/** The frame's place in the host's viewport, in CSS pixels. */
export interface HostViewport {
  /** The top of the frame, from the top of the host's viewport (negative once scrolled past). */
  top: number;
  /** The host viewport's size. */
  height: number;
  width: number;
}

/** The messages of our own protocol (public/embed.js speaks it too). */
export const HELLO = 'price-butcher:hello';
export const HOST = 'price-butcher:host';
export const VIEWPORT = 'price-butcher:viewport';
export const SCROLL = 'price-butcher:scroll';

/** How long to wait for a host to say where the frame is before laying the embed out flat. */
const WAIT_MS = 1000;
/** A host viewport shorter than this (32rem, as the article's stylesheet asks) cannot hold a pinned chart. */
const MIN_HEIGHT = 512;

const query = new URLSearchParams(location.search);
const pymId = query.get('childId');
const pymTracks = pymId !== null && /^[\w-]+$/.test(pymId) && query.get('scroll') === 'host';
const pymPrefix = `pymxPYMx${pymId}xPYMx`;
// Chromium and Safari name the parent's origin; where they do, a message must come from it.
const parentOrigin = location.ancestorOrigins?.[0];
const knownOrigin = parentOrigin && parentOrigin !== 'null' ? parentOrigin : undefined;

let status: 'waiting' | 'hosted' | 'flat' = 'waiting';
let latest: HostViewport | undefined;
/** The viewport height the layout uses: like `svh`, it ignores a phone's address bar coming and going. */
let layoutHeight = 0;
let layoutWidth = 0;
const listeners = new Set<(viewport: HostViewport) => void>();

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function checked(top: unknown, height: unknown, width: unknown): HostViewport | undefined {
  if (!finite(top) || !finite(height) || !finite(width)) return undefined;
  if (height <= 0 || height > 100_000 || width <= 0 || width > 100_000 || Math.abs(top) > 10_000_000) return undefined;
  return { top, height, width };
}

/** A viewport message of either protocol, or nothing. */
function parse(data: unknown): HostViewport | undefined {
  if (data && typeof data === 'object' && VIEWPORT in data) {
    const v = (data as Record<string, unknown>)[VIEWPORT];
    if (!v || typeof v !== 'object') return undefined;
    const { top, height, width } = v as Record<string, unknown>;
    return checked(top, height, width);
  }
  if (pymTracks && typeof data === 'string' && data.startsWith(`${pymPrefix}viewport-iframe-positionxPYMx`)) {
    // pym sends "viewportWidth viewportHeight top left bottom right".
    const [width, height, top] = data.split('xPYMx')[3]!.split(' ').map(Number);
    return checked(top, height, width);
  }
  return undefined;
}

const fromParent = (event: MessageEvent) =>
  event.source === parent && (knownOrigin === undefined || event.origin === knownOrigin);

function sayHello(): void {
  parent.postMessage({ [HELLO]: location.pathname }, knownOrigin ?? '*');
  if (pymTracks) parent.postMessage(`${pymPrefix}parentPositionInfoxPYMx`, knownOrigin ?? '*');
}

/** Lays the page out for the host's viewport: pinned where it is tall enough, with its height as `--vh`. */
function layOut(viewport: HostViewport): void {
  // As the article's reading line does, a change of a few dozen pixels in height is an address bar.
  if (realChange({ width: layoutWidth, height: layoutHeight }, viewport)) {
    layoutHeight = viewport.height;
    layoutWidth = viewport.width;
    const root = document.documentElement;
    root.style.setProperty('--vh', `${layoutHeight / 100}px`);
    root.toggleAttribute('data-host-scroll', layoutHeight >= MIN_HEIGHT);
  }
}

/**
 * Resolves true once the host has said where the frame is, false if this page is not an embed in a frame,
 * has no scrolly, or hears nothing within a second. It listens from the moment this module loads.
 */
export const hosted: Promise<boolean> = new Promise((resolve) => {
  const embedded = document.documentElement.hasAttribute('data-embed');
  if (!embedded || parent === window || !document.querySelector('scrolly-story')) {
    status = 'flat';
    resolve(false);
    return;
  }
  const timer = setTimeout(() => {
    if (status !== 'waiting') return;
    status = 'flat';
    resolve(false);
  }, WAIT_MS);
  addEventListener('message', (event) => {
    if (status === 'flat' || !fromParent(event)) return;
    const data: unknown = event.data;
    // Our host script, loaded after this frame said hello, says it is there: say hello again.
    if (status === 'waiting' && data && typeof data === 'object' && HOST in data) return sayHello();
    const viewport = parse(data);
    if (!viewport) return;
    latest = viewport;
    layOut(viewport);
    if (status === 'waiting') {
      status = 'hosted';
      clearTimeout(timer);
      resolve(true);
    }
    for (const listener of listeners) listener(viewport);
  });
  sayHello();
});

/** The host's latest word, if it has spoken. */
export const hostViewport = (): HostViewport | undefined => latest;

/** The host viewport's height as the layout uses it (steady while an address bar comes and goes). */
export const hostLayoutHeight = (): number => layoutHeight;

/** Whether the host's viewport is tall enough to pin a chart in. */
export const hostPinnable = (): boolean => layoutHeight >= MIN_HEIGHT;

/** Calls back with each viewport the host sends, until the signal aborts. */
export function onHostViewport(callback: (viewport: HostViewport) => void, signal: AbortSignal): void {
  listeners.add(callback);
  signal.addEventListener('abort', () => listeners.delete(callback));
}

/** Asks the host to scroll so that the point `y` pixels down this page comes to `line` pixels down its viewport. */
export function scrollHostTo(y: number, line: number): void {
  if (status !== 'hosted' || !latest) return;
  if (pymTracks) parent.postMessage(`${pymPrefix}scrollToChildPosxPYMx${Math.round(y - line)}`, knownOrigin ?? '*');
  else parent.postMessage({ [SCROLL]: { y: Math.round(y), line: Math.round(line) } }, knownOrigin ?? '*');
}
