/**
 * Moves a drawing from one server-drawn state to another. The marks of both drawings carry the same
 * `data-key`s; each mark's attributes go to the target's, at once or by a D3 transition that any later
 * move interrupts. Knows nothing about scrolling: given a drawing and its targets, it tweens.
 */
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
// For its side effect: selection.transition() and selection.interrupt(). Imported from d3-transition
// itself, since the d3 bundle is marked free of side effects and the patch would be shaken out.
import 'd3-transition';

/** Attributes that move; everything else about a mark (its class, its text anchor) is set at once. */
export const MOVING = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points', 'opacity'];
export const DURATION = 650;
/** Set on a drawing while any of its marks is moving. */
export const TWEENING = 'data-tweening';

/** The marks of one drawing, by key. */
export type Marks = Map<string, Element>;
/** The marks of each drawing (wide, compact) of a state, by layout. */
export type Targets = Map<string, Marks>;

/** The marks of each drawing found in a container, by layout and key. */
export function targetsIn(container: Element): Targets {
  const targets: Targets = new Map();
  for (const svg of container.querySelectorAll('svg[data-layout]')) {
    targets.set(
      svg.getAttribute('data-layout')!,
      new Map([...svg.querySelectorAll('[data-key]')].map((el) => [el.getAttribute('data-key')!, el])),
    );
  }
  return targets;
}

/** The target for a mark that a state does not draw: a copy of itself, unseen. */
export function invisibleCopy(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  copy.setAttribute('opacity', '0');
  return copy;
}

/** Brings every mark of a drawing to its target in `marks` (a mark without one fades out where it is). */
export function tweenSvg(svg: SVGSVGElement, marks: Marks, animate: boolean): void {
  let appearing = 0;
  for (const el of svg.querySelectorAll<SVGElement>('[data-key]')) {
    const target = marks.get(el.dataset.key!) ?? invisibleCopy(el);
    // Marks that appear together come in one after another, a few milliseconds apart.
    const appears = animate && el.getAttribute('opacity') === '0' && target.getAttribute('opacity') !== '0';
    tweenMark(svg, el, target, animate, appears ? appearing++ * 6 : 0);
  }
}

/** How many marks of each drawing are moving, so the drawing can say so. */
const moving = new WeakMap<SVGSVGElement, number>();

function track(svg: SVGSVGElement, change: 1 | -1): void {
  const count = (moving.get(svg) ?? 0) + change;
  moving.set(svg, count);
  if (count === 1 && change === 1) svg.setAttribute(TWEENING, '');
  else if (count === 0) svg.removeAttribute(TWEENING);
}

/** Moves one mark to its target: at once, or by a transition that any later move interrupts. */
export function tweenMark(svg: SVGSVGElement, el: SVGElement, target: Element, animate: boolean, delay = 0): void {
  const mark = select(el);
  mark.interrupt();
  // Writing an attribute, even to its own value, costs a style recalculation: write only changes.
  const className = target.getAttribute('class') ?? '';
  if (el.getAttribute('class') !== className) el.setAttribute('class', className);
  const changes: [string, string][] = [];
  for (const name of MOVING) {
    const to = target.getAttribute(name) ?? (name === 'opacity' ? '1' : null);
    const from = el.getAttribute(name) ?? (name === 'opacity' ? '1' : null);
    if (to !== null && to !== from) changes.push([name, to]);
  }
  const text = target.textContent ?? '';
  const retext = el.tagName === 'text' && el.textContent !== text;
  if (!animate) {
    for (const [name, to] of changes) el.setAttribute(name, to);
    if (retext) el.textContent = text;
    if (el.getAttribute('opacity') === '1') el.removeAttribute('opacity');
    return;
  }
  if (changes.length === 0 && !retext) return;
  track(svg, 1);
  // Counted once, whether the mark arrives or a later move takes it over.
  let done = false;
  const finish = () => {
    if (!done) track(svg, -1);
    done = true;
  };
  const targetOpacity = target.getAttribute('opacity') ?? '1';
  if (retext) {
    // Labels fade out, change, and fade back in.
    mark
      .transition()
      .duration(DURATION / 3)
      .attr('opacity', 0)
      .on('interrupt cancel', finish)
      .on('end', () => {
        el.textContent = text;
        for (const [name, to] of changes) if (name !== 'opacity') el.setAttribute(name, to);
        mark
          .transition()
          .duration(DURATION / 2)
          .attr('opacity', targetOpacity)
          .on('end interrupt cancel', finish);
      });
    return;
  }
  const transition = mark
    .transition()
    .delay(delay)
    .duration(delay ? DURATION / 3 : DURATION)
    .ease(easeCubicInOut)
    .on('end interrupt cancel', finish);
  // Plain numbers interpolate as numbers; paths and the like as strings.
  for (const [name, to] of changes) transition.attr(name, /^-?[\d.]+$/.test(to) ? Number(to) : to);
}
