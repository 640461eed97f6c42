/**
 * The drawings of a state the pinned graphic moves to. A step's chart is a file of its own, shown by the
 * step's `<img>`s (one per layout); the marks are read from the same files, fetched once each, so that
 * the article's HTML carries only the graphic being moved.
 */
import type { Marks, Targets } from './tween';

/**
 * The marks of one drawing file, by key; undefined when the file cannot be had (offline, blocked). Read
 * as a document by XMLHttpRequest: the page's Trusted Types policy (none) forbids parsing markup from a
 * string, and rightly.
 */
function marksOf(url: string): Promise<Marks | undefined> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    request.responseType = 'document';
    request.onload = () => {
      const drawing = request.status === 200 ? request.responseXML : null;
      const keyed = drawing?.querySelectorAll('[data-key]');
      resolve(keyed?.length ? new Map([...keyed].map((el) => [el.getAttribute('data-key')!, el])) : undefined);
    };
    request.onerror = () => resolve(undefined);
    request.send();
  });
}

/** The marks of each layout of a step's drawing, read from the files its figure's `<img>`s show. */
export async function targetsOfFigure(figure: Element): Promise<Targets> {
  const images = [...figure.querySelectorAll<HTMLImageElement>('img[data-layout]')];
  const marks = await Promise.all(images.map((image) => marksOf(image.src)));
  const targets: Targets = new Map();
  images.forEach((image, i) => {
    const found = marks[i];
    if (found) targets.set(image.dataset.layout!, found);
  });
  return targets;
}
