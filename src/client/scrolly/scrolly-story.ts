/**
 * <scrolly-story>: pins a chart beside (or, on phones, behind) its steps and moves it between the states
 * the steps name. The server has already drawn every state: each step carries its chart in that state,
 * and the pinned graphic reads its targets from there (tween.ts), so nothing is recomputed here. This
 * element wires the layers: the reading line says which step is read, the tween draws its state, the
 * effects preference says whether to pin and animate at all.
 *
 * What it guarantees: the right state on first load, on reload halfway down, on a deep link to a step
 * (without animating through the states between), on back and forward, after resizing or rotating, and
 * at the end of a fling; an interrupted transition is taken over by the next, never left half drawn.
 * Reduced motion switches states without animation; a control turns the effects off for the visit.
 *
 * Its attributes: the root's `data-reading-state` is the state of the step being read (the final state
 * when the scrolly lies flat); the graphic's and each drawing's `data-drawn-state` is what they show.
 */
import scrollama from 'scrollama';
import { effectsWanted, onEffectsChange, reducedMotion, setEffects } from './effects';
import {
  keepAtLine,
  lastAboveLine,
  lineShare,
  onJump,
  onResize,
  pinnable,
  readerHasActed,
  settling,
  type Resize,
} from './reading-line';
import { targetsIn, tweenSvg, type Targets } from './tween';

class ScrollyStory extends HTMLElement {
  #root!: HTMLElement;
  #graphic!: HTMLElement;
  #steps: HTMLElement[] = [];
  #targets = new Map<string, Targets>();
  #intro = '';
  #final = '';
  /** The state the pinned graphic shows. */
  #drawn = '';
  #scroller?: scrollama.ScrollamaInstance;
  #effectsOn = false;
  #nearby = false;
  #abort?: AbortController;

  connectedCallback(): void {
    // Inside an iframe sized to its content nothing can stay pinned: embeds keep the flat layout. So do
    // browsers too old to tell the stylesheet that scripts run, where it lays the scrolly out flat.
    if (document.documentElement.hasAttribute('data-embed') || !matchMedia('(scripting: enabled)').matches) return;
    const root = this.closest<HTMLElement>('.scrolly');
    const graphic = this.querySelector<HTMLElement>('.scrolly-graphic');
    this.#steps = [...this.querySelectorAll<HTMLElement>('.scrolly-step')];
    if (!root || !graphic || this.#steps.length === 0) return;
    this.#root = root;
    this.#graphic = graphic;
    this.#intro = root.dataset.introState ?? this.#steps[0]!.dataset.stepState!;
    this.#final = root.dataset.readingState ?? this.#intro;
    this.#drawn = graphic.dataset.drawnState ?? this.#intro;
    // The graphic as the server drew it is the intro state; keep a copy to return to.
    this.#targets.set(this.#intro, targetsIn(graphic.cloneNode(true) as Element));

    // Made afresh on each connection: an element moved in the page connects again.
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    const toggle = root.querySelector<HTMLButtonElement>('.scrolly-toggle');
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener('click', () => this.#toggle(toggle), { signal });
    }
    onEffectsChange((on) => this.#setEffects(on), signal);
    // Zooming in far enough, or turning a phone on its side, unpins the chart; the other way pins it.
    pinnable.addEventListener('change', () => this.#setEffects(effectsWanted()), { signal });

    // Focusing a step (by keyboard, in reading order) shows its state. No global key handlers.
    this.addEventListener(
      'focusin',
      (event) => {
        const step = (event.target as Element).closest<HTMLElement>('.scrolly-step');
        // A deep link focuses its step too; only a reader's own focus, after they have acted, animates.
        if (this.#effectsOn && step) this.#read(step.dataset.stepState!, readerHasActed());
      },
      { signal },
    );

    // Jumps land without animating: stop the triggers, let the browser finish, set the state landed on.
    onJump(
      () => this.#effectsOn && this.#scroller?.disable(),
      () => {
        if (!this.#effectsOn) return;
        this.#showStateInView(false);
        if (this.#nearby) this.#scroller?.enable();
      },
      signal,
    );
    // A fling fires many steps; when the scrolling stops, make sure the state is the one in view. The
    // check measures the steps, so it waits for an idle moment rather than lengthen a busy frame.
    const idle = (callback: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 300 }) : setTimeout(callback, 100);
    addEventListener('scrollend', () => this.#nearby && idle(() => this.#showStateInView(true)), {
      passive: true,
      signal,
    });
    onResize((resize) => this.#resized(resize), signal);

    // Work only when near the screen.
    const watch = new IntersectionObserver(
      (entries) => {
        // Entries queue up between callbacks (a jump right after load gives two): the last is the news.
        this.#nearby = entries.at(-1)!.isIntersecting;
        if (this.#nearby && this.#effectsOn) {
          (this.#scroller ??= this.#setupScroller()).enable();
          this.#showStateInView(false);
        } else this.#scroller?.disable();
      },
      { rootMargin: '100% 0px' },
    );
    watch.observe(this);
    signal.addEventListener('abort', () => watch.disconnect());

    this.#setEffects(effectsWanted());
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    this.#scroller?.destroy();
    this.#scroller = undefined;
  }

  #toggle(toggle: HTMLButtonElement): void {
    // A layout unrolled while the script was late (see below) is the reader's to pin again.
    for (const root of document.querySelectorAll('.scrolly.is-unrolled')) root.classList.remove('is-unrolled');
    // Every scrolly on the page changes layout; the control stays where the reader clicked it.
    const before = toggle.getBoundingClientRect().top;
    setEffects(!this.#effectsOn);
    window.scrollBy(0, toggle.getBoundingClientRect().top - before);
    this.#showStateInView(false);
  }

  #setEffects(wanted: boolean): void {
    const toggle = this.#root.querySelector<HTMLButtonElement>('.scrolly-toggle');
    // The reader's choice, unless the viewport is too short to pin a chart or the page was unrolled
    // before this script came: then each step shows its chart, as the stylesheet lays it out.
    const unrolled = this.#root.classList.contains('is-unrolled');
    const on = wanted && pinnable.matches && !unrolled;
    this.#effectsOn = on;
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
      if (!on) this.#root.dataset.readingState = this.#final;
      return;
    }
    if (on) (this.#scroller ??= this.#setupScroller()).enable();
    else this.#scroller?.disable();
    this.#showStateInView(false);
  }

  #setupScroller(): scrollama.ScrollamaInstance {
    return scrollama()
      .setup({ step: this.#steps, offset: lineShare() })
      .onStepEnter(() => this.#showStateInView(true))
      .onStepExit(() => this.#showStateInView(true));
  }

  #resized({ real, settled }: Resize): void {
    if (!this.#effectsOn) return;
    if (real && this.#scroller) {
      // The reading line may have moved (a phone turned to landscape): the steps are set up afresh, now
      // if near the screen, otherwise when they come near.
      this.#scroller.destroy();
      this.#scroller = this.#nearby ? this.#setupScroller() : undefined;
    }
    if (!this.#nearby) return;
    this.#keepStep();
    if (settled) this.#showStateInView(false);
  }

  /** Whatever moved above it, the step being read stays at the reading line. */
  #keepStep(): void {
    const step = this.#stepOf(this.#drawn);
    if (step) keepAtLine(step);
  }

  /** The marks of a state's drawing, keyed by layout and mark, read from its step the first time. */
  #targetsOf(state: string): Targets | undefined {
    let targets = this.#targets.get(state);
    const figure = targets ? undefined : this.#stepOf(state)?.querySelector('.scrolly-figure');
    if (figure) this.#targets.set(state, (targets = targetsIn(figure)));
    return targets;
  }

  /** The step that sets a state, if the state is a step's. */
  #stepOf(state: string): HTMLElement | undefined {
    return this.#steps.find((step) => step.dataset.stepState === state);
  }

  /** Shows the state of the step at the reading line (the intro above the first step). */
  #showStateInView(animate: boolean): void {
    if (animate && settling()) return;
    if (!this.#effectsOn) {
      // Each step shows its own drawing; the scrolly as a whole shows the whole story.
      this.#root.dataset.readingState = this.#final;
      return;
    }
    // Before the reader has touched the page, a scroll is the browser restoring a position: no animation.
    this.#read(lastAboveLine(this.#steps)?.dataset.stepState ?? this.#intro, animate && readerHasActed());
  }

  /** The reader is at a state: say so, and draw it. */
  #read(state: string, animate: boolean): void {
    this.#root.dataset.readingState = state;
    if (state === this.#drawn) {
      this.#draw(state, false);
      return;
    }
    this.#drawn = state;
    this.#graphic.dataset.drawnState = state;
    this.#draw(state, animate && !reducedMotion.matches);
  }

  /**
   * Brings each drawing on screen to the state. The other drawing (wide or compact, hidden by the
   * graphic's width) is left as it is, and brought up to date the moment a resize shows it.
   */
  #draw(state: string, animate: boolean): void {
    const targets = this.#targetsOf(state);
    if (!targets) return;
    // Every width is read before any drawing is written, so the writes force no layout.
    const shown = [...this.#graphic.querySelectorAll<SVGSVGElement>('svg[data-layout]')].filter(
      (svg) => svg.dataset.drawnState !== state && svg.getBoundingClientRect().width > 0,
    );
    for (const svg of shown) {
      svg.dataset.drawnState = state;
      const marks = targets.get(svg.dataset.layout!);
      if (marks) tweenSvg(svg, marks, animate);
    }
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
