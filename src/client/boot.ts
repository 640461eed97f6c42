/**
 * The one script a page asks for. Every page is whole without it (each chart drawn, each link working),
 * so it waits until the page has been painted, then fetches only the behaviour that page has. A reader
 * on a slow phone sees the story before any script competes with it for the network or the processor.
 */

/** What each module enhances, found by a selector, and how to load it. */
const ENHANCEMENTS: readonly (readonly [selector: string, load: () => Promise<unknown>])[] = [
  ['html[data-embed]', () => import('./embed-height')],
  [':root:not([data-embed]) scrolly-story', () => import('./scrolly/scrolly-story')],
  // An embed pins its scrollies only in a host page that says where the frame is; flat, it needs no scroll module.
  [
    ':root[data-embed] scrolly-story',
    () =>
      import('./scrolly/host-viewport')
        .then((host) => host.hosted)
        .then((yes) => yes && import('./scrolly/scrolly-story')),
  ],
  ['price-slide', () => import('./price-slide')],
  ['nav.toc, .progress-bar', () => import('./contents')],
  ['a[data-edition-link]', () => import('./edition-links').then((module) => module.keepSectionInLinks())],
  ['details.share-control, .step-share', () => import('./share')],
  ['button.embed-copy', () => import('./embed-copy')],
  ['figure.quote', () => import('./annotations')],
  ['svg[data-chart-svg="stances"]', () => import('./stance-map')],
];

let started = false;
function start(): void {
  if (started) return;
  started = true;
  for (const [selector, load] of ENHANCEMENTS) if (document.querySelector(selector)) void load();
}

// A frame's callbacks run just before it is painted; a task queued from one runs after. A page in a
// background tab paints no frames, so a timer starts the scripts there too.
requestAnimationFrame(() => setTimeout(start));
setTimeout(start, 1000);

// A printed article shows every drawing: the images that load as the reader nears them load before print.
addEventListener('beforeprint', () => {
  for (const image of document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')) image.loading = 'eager';
});
