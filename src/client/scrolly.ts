/**
 * <scrolly-story>: pins a chart beside (or, on phones, behind) its steps and moves it between the states
 * the steps name, with D3 transitions. The server has already drawn every state: each step carries its
 * chart in that state, and the pinned graphic reads its targets from there, so nothing is recomputed here.
 *
 * What it guarantees: the right state on first load, on reload halfway down, on a deep link to a step
 * (without animating through the states between), on back and forward, after resizing or rotating, and
 * at the end of a fling; an interrupted transition is taken over by the next, never left half drawn.
 * Reduced motion switches states without animation; a control turns the effects off for the visit.
 */
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
// For its side effect: selection.transition() and selection.interrupt(). Imported from d3-transition
// itself, since the d3 bundle is marked free of side effects and the patch would be shaken out.
import 'd3-transition';
import scrollama from 'scrollama';

const EFFECTS_KEY = 'price-butcher:scrolling-effects';
const EFFECTS_EVENT = 'price-butcher:scrolling-effects';
/** Attributes that move; everything else about a mark (its class, its text anchor) is set at once. */
const MOVING = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'points', 'opacity'];
const DURATION = 650;
/**
 * The reading line, as a share of the viewport's height: a step is current once its top has passed it.
 * Mid-screen beside a graphic; lower on phones, where the graphic fills the top of the screen.
 */
const narrow = matchMedia('(max-width: 59.99rem)');
const readingLine = (): 0.5 | 0.7 => (narrow.matches ? 0.7 : 0.5);

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
/**
 * Where the stylesheet pins the graphic: scripts run, and the viewport is tall enough for a pinned chart
 * to be read (global.css asks the same query). Elsewhere each step shows its own chart.
 */
const pinnable = matchMedia('screen and (scripting: enabled) and (min-height: 32rem)');

function effectsWanted(): boolean {
  try {
    return sessionStorage.getItem(EFFECTS_KEY) !== 'off';
  } catch {
    // Storage can be unavailable (private modes, sandboxed frames): effects stay on.
    return true;
  }
}

function rememberEffects(on: boolean): void {
  try {
    sessionStorage.setItem(EFFECTS_KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered, but still applied to this page.
  }
}

type Targets = Map<string, Map<string, Element>>;

/** The marks of each drawing (wide, compact) of a state, by key. */
function targetsIn(container: Element): Targets {
  const targets: Targets = new Map();
  for (const svg of container.querySelectorAll('svg[data-layout]')) {
    targets.set(
      svg.getAttribute('data-layout')!,
      new Map([...svg.querySelectorAll('[data-key]')].map((el) => [el.getAttribute('data-key')!, el])),
    );
  }
  return targets;
}

/** The target for a mark that a state does not draw: itself, unseen. */
function hidden(el: Element): Element {
  const ghost = el.cloneNode(true) as Element;
  ghost.setAttribute('opacity', '0');
  return ghost;
}

class ScrollyStory extends HTMLElement {
  #root!: HTMLElement;
  #graphic!: HTMLElement;
  #steps: HTMLElement[] = [];
  #targets = new Map<string, Targets>();
  #intro = '';
  #final = '';
  /** The state the pinned graphic shows. */
  #state = '';
  /** False until the reader scrolls, taps or types: until then the page may be restoring its scroll. */
  #settled = false;
  #scroller?: scrollama.ScrollamaInstance;
  #enhanced = false;
  #nearby = false;
  #size = { width: 0, height: 0 };
  /** The reading line in pixels from the top, fixed until a real resize, so the address bar cannot move it. */
  #line = 0;
  /** Until this time, after a resize, scroll events come from the layout settling, not from the reader. */
  #holdUntil = 0;
  #abort = new AbortController();

  connectedCallback(): void {
    // Inside an iframe sized to its content nothing can stay pinned: embeds keep the flat layout. So do
    // browsers too old to tell the stylesheet that scripts run, where it lays the scrolly out flat.
    if (document.documentElement.hasAttribute('data-embed') || !matchMedia('(scripting: enabled)').matches) return;
    this.#abort = new AbortController();
    const root = this.closest<HTMLElement>('.scrolly');
    const graphic = this.querySelector<HTMLElement>('.scrolly-graphic');
    this.#steps = [...this.querySelectorAll<HTMLElement>('.scrolly-step')];
    if (!root || !graphic || this.#steps.length === 0) return;
    this.#root = root;
    this.#graphic = graphic;
    this.#intro = root.dataset.introState ?? this.#steps[0]!.dataset.state!;
    this.#final = root.dataset.state ?? this.#intro;
    this.#state = graphic.dataset.state ?? this.#intro;
    // The graphic as the server drew it is the intro state; keep a copy to return to.
    this.#targets.set(this.#intro, targetsIn(graphic.cloneNode(true) as Element));
    this.#size = { width: innerWidth, height: innerHeight };
    this.#line = innerHeight * readingLine();

    const signal = this.#abort.signal;
    const settle = () => (this.#settled = true);
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
      addEventListener(type, settle, { passive: true, once: true, signal });
    }
    const toggle = root.querySelector<HTMLButtonElement>('.scrolly-toggle');
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener(
        'click',
        () => {
          const on = !this.#enhanced;
          rememberEffects(on);
          // A layout unrolled while the script was late (see below) is the reader's to pin again.
          for (const root of document.querySelectorAll('.scrolly.is-unrolled')) root.classList.remove('is-unrolled');
          // Every scrolly on the page changes layout; the control stays where the reader clicked it.
          const before = toggle.getBoundingClientRect().top;
          dispatchEvent(new CustomEvent(EFFECTS_EVENT, { detail: { on } }));
          window.scrollBy(0, toggle.getBoundingClientRect().top - before);
          this.#sync(false);
        },
        { signal },
      );
    }
    addEventListener(EFFECTS_EVENT, (event) => this.#setEffects((event as CustomEvent<{ on: boolean }>).detail.on), {
      signal,
    });

    // Focusing a step (by keyboard, in reading order) shows its state. No global key handlers.
    this.addEventListener(
      'focusin',
      (event) => {
        const step = (event.target as Element).closest<HTMLElement>('.scrolly-step');
        // A deep link focuses its step too; only a reader's own focus, after they have acted, animates.
        if (this.#enhanced && step) this.#apply(step.dataset.state!, this.#settled);
      },
      { signal },
    );

    // Jumps (anchors, back and forward, a page restored from the cache) land without animating.
    for (const type of ['hashchange', 'popstate', 'pageshow']) addEventListener(type, () => this.#jump(), { signal });
    // A fling fires many steps; when the scrolling stops, make sure the state is the one in view. The
    // check measures the steps, so it waits for an idle moment rather than lengthen a busy frame.
    const idle = (callback: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 300 }) : setTimeout(callback, 100);
    addEventListener('scrollend', () => this.#nearby && idle(() => this.#sync(true)), { passive: true, signal });
    addEventListener('resize', () => this.#resize(), { passive: true, signal });
    // Zooming in far enough, or turning a phone on its side, unpins the chart; the other way pins it.
    pinnable.addEventListener('change', () => this.#setEffects(effectsWanted()), { signal });

    // Work only when near the screen.
    const watch = new IntersectionObserver(
      (entries) => {
        // Entries queue up between callbacks (a jump right after load gives two): the last is the news.
        this.#nearby = entries.at(-1)!.isIntersecting;
        if (this.#nearby && this.#enhanced) {
          (this.#scroller ??= this.#setupScroller()).enable();
          this.#sync(false);
        } else this.#scroller?.disable();
      },
      { rootMargin: '100% 0px' },
    );
    watch.observe(this);
    signal.addEventListener('abort', () => watch.disconnect());

    this.#setEffects(effectsWanted());
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#scroller?.destroy();
  }

  #setEffects(wanted: boolean): void {
    const toggle = this.#root.querySelector<HTMLButtonElement>('.scrolly-toggle');
    // The reader's choice, unless the viewport is too short to pin a chart or the page was unrolled
    // before this script came: then each step shows its chart, as the stylesheet lays it out.
    const unrolled = this.#root.classList.contains('is-unrolled');
    const on = wanted && pinnable.matches && !unrolled;
    this.#enhanced = on;
    this.#root.classList.toggle('is-enhanced', on);
    // The stylesheet pins the graphic from the first paint; a reader who turned the effects off reads flat.
    this.#root.classList.toggle('is-flat', !wanted);
    for (const step of this.#steps) {
      if (on) step.tabIndex = 0;
      else step.removeAttribute('tabindex');
    }
    if (toggle) {
      // Where no chart can be pinned, a control to pin it would do nothing.
      toggle.hidden = !pinnable.matches;
      toggle.textContent = on ? toggle.dataset.labelOff! : toggle.dataset.labelOn!;
    }
    // The steps are measured, and the chart set, only near the screen: a page of scrollies costs nothing
    // to start, and a scrolly set up away from the screen would measure for nothing.
    if (!this.#nearby) {
      this.#scroller?.disable();
      if (!on) this.#root.dataset.state = this.#final;
      return;
    }
    if (on) (this.#scroller ??= this.#setupScroller()).enable();
    else this.#scroller?.disable();
    this.#sync(false);
  }

  #setupScroller(): scrollama.ScrollamaInstance {
    return scrollama()
      .setup({ step: this.#steps, offset: readingLine() })
      .onStepEnter(() => this.#sync(true))
      .onStepExit(() => this.#sync(true));
  }

  /** The marks of a state's drawing, keyed by layout and mark, read from its step the first time. */
  #targetsOf(state: string): Targets | undefined {
    let targets = this.#targets.get(state);
    const figure = targets ? undefined : this.#stepOf(state)?.querySelector('.scrolly-figure');
    if (figure) this.#targets.set(state, (targets = targetsIn(figure)));
    return targets;
  }

  /** The step that sets the state the graphic shows, if the state is a step's. */
  #stepOf(state: string): HTMLElement | undefined {
    return this.#steps.find((step) => step.dataset.state === state);
  }

  /** The step whose top has passed the reading line most recently, or none above the first step. */
  #current(): HTMLElement | undefined {
    const line = this.#line;
    let current: HTMLElement | undefined;
    for (const step of this.#steps) {
      if (step.getBoundingClientRect().top > line) break;
      current = step;
    }
    return current;
  }

  #sync(animate: boolean): void {
    if (animate && performance.now() < this.#holdUntil) return;
    if (!this.#enhanced) {
      // Each step shows its own drawing; the scrolly as a whole shows the whole story.
      this.#root.dataset.state = this.#final;
      return;
    }
    // Before the reader has touched the page, a scroll is the browser restoring a position: no animation.
    this.#apply(this.#current()?.dataset.state ?? this.#intro, animate && this.#settled);
  }

  #jump(): void {
    if (!this.#enhanced) return;
    this.#scroller?.disable();
    // Let the browser finish the jump, then set the state the reader landed on, at once.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.#sync(false);
        if (this.#nearby) this.#scroller?.enable();
      }),
    );
  }

  #resize(): void {
    const { width, height } = this.#size;
    // The mobile address bar changes the height by a few dozen pixels: that is not a new layout.
    const real = innerWidth !== width || Math.abs(innerHeight - height) >= 150;
    this.#size = { width: innerWidth, height: innerHeight };
    if (real) this.#line = innerHeight * readingLine();
    if (!this.#enhanced) return;
    this.#holdUntil = performance.now() + 300;
    this.#keepStep();
    if (real && this.#scroller) {
      // The reading line may have moved (a phone turned to landscape): set the steps up afresh.
      this.#scroller.destroy();
      this.#scroller = this.#setupScroller();
      if (!this.#nearby) this.#scroller.disable();
    }
    // The layout may still move as it settles (heights in svh, images, fonts): look again, then sync.
    setTimeout(() => {
      this.#keepStep();
      this.#sync(false);
    }, 150);
  }

  /** Whatever moved above it, the step being read stays at the reading line. */
  #keepStep(): void {
    const step = this.#stepOf(this.#state);
    if (!step || !this.#nearby) return;
    const top = step.getBoundingClientRect().top;
    const next =
      (step.nextElementSibling as HTMLElement | null)?.getBoundingClientRect().top ?? Number.POSITIVE_INFINITY;
    if (top > this.#line || next <= this.#line) window.scrollBy(0, top - this.#line + 1);
  }

  #apply(state: string, animate: boolean): void {
    this.#root.dataset.state = state;
    if (state === this.#state) {
      this.#draw(state, false);
      return;
    }
    this.#state = state;
    this.#graphic.dataset.state = state;
    this.#draw(state, animate && !reducedMotion.matches);
  }

  /**
   * Brings each drawing on screen to the state. The other drawing (wide or compact, hidden by the
   * graphic's width) is left as it is, and brought up to date the moment a resize shows it.
   */
  #draw(state: string, animate: boolean): void {
    const targets = this.#targetsOf(state);
    if (!targets) return;
    for (const svg of this.#graphic.querySelectorAll<SVGSVGElement>('svg[data-layout]')) {
      if (svg.dataset.state === state || svg.getBoundingClientRect().width === 0) continue;
      svg.dataset.state = state;
      const marks = targets.get(svg.dataset.layout!);
      if (!marks) continue;
      let appearing = 0;
      for (const el of svg.querySelectorAll<SVGElement>('[data-key]')) {
        // A step's drawing leaves out the marks its state hides: a mark it lacks fades out where it is.
        const target = marks.get(el.dataset.key!) ?? hidden(el);
        // Marks that appear together come in one after another, a few milliseconds apart.
        const appears = animate && el.getAttribute('opacity') === '0' && target.getAttribute('opacity') !== '0';
        this.#move(el, target, animate, appears ? appearing++ * 6 : 0);
      }
    }
  }

  /** Moves one mark to its target: at once, or by a transition that any later move interrupts. */
  #move(el: SVGElement, target: Element, animate: boolean, delay: number): void {
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
    const targetOpacity = target.getAttribute('opacity') ?? '1';
    if (retext) {
      // Labels fade out, change, and fade back in.
      mark
        .transition()
        .duration(DURATION / 3)
        .attr('opacity', 0)
        .on('end', () => {
          el.textContent = text;
          for (const [name, to] of changes) if (name !== 'opacity') el.setAttribute(name, to);
          mark
            .transition()
            .duration(DURATION / 2)
            .attr('opacity', targetOpacity);
        });
      return;
    }
    const transition = mark
      .transition()
      .delay(delay)
      .duration(delay ? DURATION / 3 : DURATION)
      .ease(easeCubicInOut);
    // Plain numbers interpolate as numbers; paths and the like as strings.
    for (const [name, to] of changes) transition.attr(name, /^-?[\d.]+$/.test(to) ? Number(to) : to);
  }
}

// The stylesheet unrolls a scrolly whose element is still undefined four seconds after load (global.css):
// a script that comes later keeps that layout, rather than pin the charts under the reader's eyes. This
// is read before the element is defined, which ends the animation.
for (const story of document.querySelectorAll('scrolly-story')) {
  const root = story.closest('.scrolly');
  const graphic = story.querySelector('.scrolly-graphic');
  if (root && graphic && pinnable.matches && !root.classList.contains('is-flat')) {
    if (getComputedStyle(graphic).visibility === 'hidden') root.classList.add('is-unrolled');
  }
}

if (!customElements.get('scrolly-story')) customElements.define('scrolly-story', ScrollyStory);
