/**
 * The drawings of a scrolly, which the page carries as images of files (src/pages/drawings): the pinned
 * graphic's opening state, and each step's state. Here they become what the scroll module works with:
 * the graphic a drawing it can move, each step's state the marks it moves it to. Each file is read once,
 * as a document, by XMLHttpRequest: the page's Trusted Types policy (none) forbids parsing markup from
 * a string, and rightly.
 */
import type { Marks, Targets } from './tween';

/** A drawing file as a document; undefined when it cannot be had (offline, blocked). */
function drawingOf(url: string): Promise<Document | undefined> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    request.responseType = 'document';
    request.onload = () => {
      const drawing = request.status === 200 ? request.responseXML : null;
      resolve(drawing?.documentElement.localName === 'svg' ? drawing : undefined);
    };
    request.onerror = () => resolve(undefined);
    request.send();
  });
}

/** Each of a figure's images (one per layout), with the drawing file it shows, read as a document. */
function filesOf(figure: Element): Promise<{ image: HTMLImageElement; drawing: Document | undefined }[]> {
  const images = [...figure.querySelectorAll<HTMLImageElement>('img[data-layout]')];
  return Promise.all(images.map(async (image) => ({ image, drawing: await drawingOf(image.src) })));
}

/**
 * Replaces each of a figure's images by the drawing it shows, inline, to be moved (without the file's
 * `<style>`: the page's stylesheet styles inline drawings the same). False, and the images left as
 * they are, when a file cannot be had.
 */
export async function liveDrawings(figure: Element): Promise<boolean> {
  const files = await filesOf(figure);
  if (files.length === 0 || files.some(({ drawing }) => !drawing)) return false;
  for (const { image, drawing } of files) {
    const svg = document.importNode(drawing!.documentElement, true);
    svg.querySelector('style')?.remove();
    image.replaceWith(svg);
  }
  return true;
}

/**
 * The marks of each layout of a step's drawing, by key, read from the files its figure's images show
 * (a layout whose file cannot be had is left out).
 */
export async function targetsOfFigure(figure: Element): Promise<Targets> {
  const targets: Targets = new Map();
  for (const { image, drawing } of await filesOf(figure)) {
    const keyed = drawing?.querySelectorAll('[data-key]');
    if (keyed?.length) {
      const marks: Marks = new Map([...keyed].map((el) => [el.getAttribute('data-key')!, el]));
      targets.set(image.dataset.layout!, marks);
    }
  }
  return targets;
}
