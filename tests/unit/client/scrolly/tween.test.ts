// @vitest-environment happy-dom
/**
 * The tween between two server-drawn states, against the golden drawings: whatever state a drawing
 * shows, tweening it to another leaves it as the server draws that other state, at once or animated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MOVING, TWEENING, targetsIn, tweenSvg } from '../../../../src/client/scrolly/tween';

/** Vitest runs from the repository's root (a DOM environment has no file URL for this module). */
const SNAPSHOTS = join(process.cwd(), 'tests/snapshots');
const golden = (chart: string, state: string, layout: string) =>
  readFileSync(join(SNAPSHOTS, chart, `${state}-${layout}-en.svg`), 'utf8');

/** A drawing in the document, as the pinned graphic holds it (every mark kept, hidden ones unseen). */
function drawing(svg: string): SVGSVGElement {
  const holder = document.createElement('div');
  holder.innerHTML = svg;
  document.body.append(holder);
  return holder.querySelector('svg')!;
}

/** What differs between a drawing and the server's drawing of a state. */
function differences(have: SVGSVGElement, want: SVGSVGElement): string[] {
  const problems: string[] = [];
  const visible = (el: Element | null) => el !== null && (el.getAttribute('opacity') ?? '1') !== '0';
  for (const el of have.querySelectorAll('[data-key]')) {
    const key = el.getAttribute('data-key')!;
    const target = want.querySelector(`[data-key="${key}"]`);
    if (visible(el) !== visible(target)) problems.push(`${key}: visibility`);
    if (!target) continue;
    for (const name of MOVING.filter((name) => name !== 'opacity')) {
      const to = target.getAttribute(name);
      if (to !== null && el.getAttribute(name) !== to) problems.push(`${key}.${name}`);
    }
    if ((el.getAttribute('class') ?? '') !== (target.getAttribute('class') ?? '')) problems.push(`${key}: class`);
    if (el.tagName.toLowerCase() === 'text' && el.textContent !== target.textContent) problems.push(`${key}: text`);
  }
  return problems;
}

const PAIRS = [
  ['cascade', 'deepseek', 'tencent'],
  ['cascade', 'all', 'zhipu'],
  ['deepseek-path', 'v2', 'v32'],
  ['price-gap', 'turbo', 'deepseek'],
  ['gpu-stock', 'confirmed', 'estimate'],
] as const;

describe('tweenSvg', () => {
  for (const [chart, from, to] of PAIRS) {
    for (const layout of ['wide', 'compact']) {
      test(`${chart} ${layout}: ${from} → ${to} at once matches the server's ${to}`, () => {
        const have = drawing(golden(chart, from, layout));
        const want = drawing(golden(chart, to, layout));
        expect(differences(have, want).length, 'the two states differ to begin with').toBeGreaterThan(0);
        tweenSvg(have, targetsIn(want.parentElement!).get(layout)!, false);
        expect(differences(have, want)).toEqual([]);
        expect(have.hasAttribute(TWEENING)).toBe(false);
      });
    }
  }

  test("a step's drawing, which leaves out the marks its state hides, hides them in the graphic", () => {
    const have = drawing(golden('cascade', 'all', 'wide'));
    const want = drawing(golden('cascade', 'deepseek', 'wide'));
    const hidden = [...want.querySelectorAll('[data-key][opacity="0"]')];
    expect(hidden.length, 'the state hides some marks').toBeGreaterThan(0);
    const step = want.cloneNode(true) as SVGSVGElement;
    for (const el of step.querySelectorAll('[data-key][opacity="0"]')) el.remove();
    const holder = document.createElement('div');
    holder.append(step);
    tweenSvg(have, targetsIn(holder).get('wide')!, false);
    expect(differences(have, want)).toEqual([]);
  });

  test('animated, the drawing says it is moving until every mark has arrived', async () => {
    const have = drawing(golden('cascade', 'deepseek', 'wide'));
    const want = drawing(golden('cascade', 'tencent', 'wide'));
    tweenSvg(have, targetsIn(want.parentElement!).get('wide')!, true);
    expect(have.hasAttribute(TWEENING)).toBe(true);
    await expect.poll(() => have.hasAttribute(TWEENING), { timeout: 5000, interval: 50 }).toBe(false);
    expect(differences(have, want)).toEqual([]);
  });

  test('a move that interrupts another ends at the second target', async () => {
    const have = drawing(golden('cascade', 'deepseek', 'wide'));
    const middle = drawing(golden('cascade', 'alibaba', 'wide'));
    const end = drawing(golden('cascade', 'zhipu', 'wide'));
    tweenSvg(have, targetsIn(middle.parentElement!).get('wide')!, true);
    tweenSvg(have, targetsIn(end.parentElement!).get('wide')!, true);
    await expect.poll(() => have.hasAttribute(TWEENING), { timeout: 5000, interval: 50 }).toBe(false);
    expect(differences(have, end)).toEqual([]);
  });
});
