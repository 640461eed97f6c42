/**
 * <scrolly-story>: pins a chart beside (or, on phones, behind) its steps and moves it between the states
 * the steps name. The server has already drawn every state, each a file of its own that the page shows as
 * an image: as the scrolly nears the screen the pinned graphic's image becomes the drawing it shows, and
 * each step's file gives the marks to move it to (drawings.ts; tween.ts moves them), so nothing is
 * recomputed here. This
 * element wires the layers: the reading line says which step is read, the tween draws its state, the
 * effects preference says whether to pin and animate at all.
 *
 * What it guarantees: the right state on first load, on reload halfway down, on a deep link to a step
 * (without animating through the states between), on back and forward, after resizing or rotating, and
 * at the end of a fling; an interrupted transition is taken over by the next, never left half drawn.
 * Reduced motion switches states without animation; a control turns the effects off for the visit.
 *
 * In an embed the host page scrolls, not the frame: where the host tells us where the frame is
 * (host-viewport.ts), the element pins the graphic itself and reads the step at the host's reading line;
 * elsewhere an embed stays flat.
 *
 * Its attributes: the root's `data-reading-state` is the state of the step being read (the final state
 * when the scrolly lies flat); the graphic's and each drawing's `data-drawn-state` is what they show.
 */
import scrollama from 'scrollama';
import { effectsWanted, onEffectsChange, reducedMotion, setEffects } from './effects';
import {
  keepAtLine,
  lastAboveLine,
  lastMove,
  lineShare,
  onJump,
  onResize,
  pinnable,
  readerHasActed,
  settling,
  type Resize,
} from './reading-line';
import { liveDrawings, targetsOfFigure } from './drawings';
import type { HostViewport } from './host-viewport';
import { targetsIn, tweenSvg, type Targets } from './tween';

/** The host's word, for an embed: loaded only there, so that the article does not carry it. */
let host: typeof import('./host-viewport') | undefined;

/** Runs a callback at an idle moment (within 300 ms), rather than lengthen a busy frame. */
const idle = (callback: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 300 }) : setTimeout(callback, 100);

/** The host's reading line, in pixels from the top of its viewport, as the page's is in its own. */
const hostReadingLine = () => host!.hostLayoutHeight() * lineShare();

/** Where the pinned graphic is laid out, in this page's coordinates, measured when the layout changes. */
interface Geometry {
  /** The top of the graphic where the layout puts it, and its height. */
  graphicTop: number;
  graphicHeight: number;
  /** How far it may travel down before it would leave its scrolly. */
  travel: number;
  /** Its distance from the top of the viewport while pinned (the stylesheet's `--pin-top`). */
  pinTop: number;
  /** The top of each step. */
  stepTops: number[];
}

class ScrollyStory extends HTMLElement {
  #root!: HTMLElement;
  #graphic!: HTMLElement;
  #steps: HTMLElement[] = [];
  /** The marks of each state's drawings, once asked for. */
  #targets = new Map<string, Promise<Targets>>();
  /** The pinned graphic made a drawing the page can move, once asked for. */
  #live?: Promise<boolean>;
  /** Whether the steps' drawings have been asked for. */
  #fetching = false;
  #intro = '';
  #final = '';
  /** The state the pinned graphic shows. */
  #drawn = '';
  #scroller?: scrollama.ScrollamaInstance;
  #effectsOn = false;
  #nearby = false;
  #abort?: AbortController;
  /** In an embed whose host says where the frame is. */
  #hosted = false;
  #geometry?: Geometry;
  #offset = 0;
  /**
   * The step focus went into (by keyboard, a deep link, a click), and when: until the reader moves the
   * page some other way (lastMove), while what has focus is in sight, that step is the one being read,
   * wherever the reading line falls. The browser scrolls a focused link into view, which may carry the
   * next step past the line.
   */
  #focused?: { step: HTMLElement; at: number };

  connectedCallback(): void {
    // Browsers too old to tell the stylesheet that scripts run lay the scrolly out flat: so does this.
    if (!matchMedia('(scripting: enabled)').matches) return;
    // Inside a frame sized to its content nothing can stay pinned on its own: an embed pins its chart
    // only where the host page says where the frame is, and stays flat elsewhere.
    if (document.documentElement.hasAttribute('data-embed')) {
      void import('./host-viewport').then(async (module) => {
        host = module;
        if ((await module.hosted) && this.isConnected) this.#connect(true);
      });
      return;
    }
    this.#connect(false);
  }

  #connect(hosted: boolean): void {
    this.#hosted = hosted;
    const root = this.closest<HTMLElement>('.scrolly');
    const graphic = this.querySelector<HTMLElement>('.scrolly-graphic');
    this.#steps = [...this.querySelectorAll<HTMLElement>('.scrolly-step')];
    if (!root || !graphic || this.#steps.length === 0) return;
    this.#root = root;
    this.#graphic = graphic;
    this.#intro = root.dataset.introState ?? this.#steps[0]!.dataset.stepState!;
    this.#final = root.dataset.readingState ?? this.#intro;
    this.#drawn = graphic.dataset.drawnState ?? this.#intro;

    // Made afresh on each connection: an element moved in the page connects again.
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    const toggle = root.querySelector<HTMLButtonElement>('.scrolly-toggle');
    if (toggle) {
      toggle.removeAttribute('data-pending');
      toggle.addEventListener('click', () => this.#toggle(toggle), { signal });
    }
    onEffectsChange((on) => this.#setEffects(on), signal);

    // Focusing a step (by keyboard, in reading order) shows its state. No global key handlers.
    this.addEventListener(
      'focusin',
      (event) => {
        const step = (event.target as Element).closest<HTMLElement>('.scrolly-step');
        if (!this.#effectsOn || !step) return;
        this.#focused = { step, at: performance.now() };
        if (!hosted) this.#bringOutFromUnder(event.target as Element, step);
        // A deep link focuses its step too; only a reader's own focus, after they have acted, animates.
        this.#read(step.dataset.stepState!, hosted || readerHasActed());
        // In a frame, the host scrolls: bring the step to its reading line there.
        if (hosted) this.#bringToLine(step);
      },
      { signal },
    );

    if (hosted) this.#connectHost(signal);
    else this.#connectPage(signal);
    this.#setEffects(effectsWanted());
  }

  /** In the article: the page's own reading line, its jumps, resizes and the end of a fling. */
  #connectPage(signal: AbortSignal): void {
    // Zooming in far enough, or turning a phone on its side, unpins the chart; the other way pins it.
    pinnable.addEventListener('change', () => this.#setEffects(effectsWanted()), { signal });

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
          this.#fetchTargets();
          (this.#scroller ??= this.#setupScroller()).enable();
          this.#showStateInView(false);
        } else this.#scroller?.disable();
      },
      { rootMargin: '100% 0px' },
    );
    watch.observe(this);
    signal.addEventListener('abort', () => watch.disconnect());
  }

  /**
   * In an embed: the host's viewport says where the frame is, on each frame of the host's scrolling. The
   * layout is measured when it changes, so that each message costs arithmetic and one style write.
   */
  #connectHost(signal: AbortSignal): void {
    this.#nearby = true;
    this.#fetchTargets();
    // The state the host's word says is set without animating when the element connects (#setEffects);
    // from then on each word is the host's reader scrolling, and animates.
    host!.onHostViewport(() => {
      if (!this.#effectsOn) return;
      this.#geometry ??= this.#measure();
      this.#pin();
      this.#showStateInView(true);
    }, signal);
    const remeasure = new ResizeObserver(() => {
      this.#geometry = undefined;
      if (this.#effectsOn && host!.hostViewport()) {
        this.#geometry = this.#measure();
        this.#pin();
      }
    });
    remeasure.observe(this);
    remeasure.observe(document.documentElement);
    signal.addEventListener('abort', () => remeasure.disconnect());
    // A deep link into the embed, on arrival or later, brings its step to the host's reading line.
    const jump = () => {
      const step =
        location.hash.length > 1
          ? this.#steps.find((s) => s.id === decodeURIComponent(location.hash.slice(1)))
          : undefined;
      if (!step || !this.#effectsOn) return;
      this.#read(step.dataset.stepState!, false);
      this.#bringToLine(step);
    };
    addEventListener('hashchange', jump, { signal });
    requestAnimationFrame(jump);
  }

  /** The reading line in this page's coordinates, while the host says where the frame is. */
  #hostLine(viewport: HostViewport): number {
    return hostReadingLine() - viewport.top;
  }

  /** Asks the host to scroll so that a step comes to its reading line (a little above, so it counts as read). */
  #bringToLine(step: HTMLElement): void {
    const top = step.getBoundingClientRect().top + scrollY + 2;
    host!.scrollHostTo(top, hostReadingLine());
  }

  #measure(): Geometry {
    // The graphic's own offset is taken away to find where the layout puts it.
    const graphic = this.#graphic.getBoundingClientRect();
    const graphicTop = graphic.top + scrollY - this.#offset;
    const bottom = this.getBoundingClientRect().bottom + scrollY;
    return {
      graphicTop,
      graphicHeight: graphic.height,
      travel: Math.max(0, bottom - graphicTop - graphic.height),
      pinTop: Number.parseFloat(getComputedStyle(this.#graphic).getPropertyValue('--pin-top')) || 0,
      stepTops: this.#steps.map((step) => step.getBoundingClientRect().top + scrollY),
    };
  }

  /** Places the graphic as `position: sticky` would if the host's page were this one. */
  #pin(): void {
    const viewport = host!.hostViewport();
    const geometry = this.#geometry;
    if (!viewport || !geometry) return;
    const wanted = geometry.pinTop - viewport.top - geometry.graphicTop;
    const offset = Math.round(Math.min(geometry.travel, Math.max(0, wanted)));
    if (offset === this.#offset) return;
    this.#offset = offset;
    this.#graphic.style.transform = offset ? `translateY(${offset}px)` : '';
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
    const canPin = this.#hosted ? host!.hostPinnable() : pinnable.matches;
    const on = wanted && canPin && !unrolled;
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
      toggle.hidden = !canPin;
      toggle.textContent = on ? toggle.dataset.labelOff! : toggle.dataset.labelOn!;
    }
    // The steps are measured, and the chart set, only near the screen: a page of scrollies costs nothing
    // to start, and a scrolly set up away from the screen would measure for nothing.
    if (!this.#nearby) {
      this.#scroller?.disable();
      if (!on) this.#root.dataset.readingState = this.#final;
      return;
    }
    if (this.#hosted) {
      // The layout changes with the effects: measure it afresh, and let the graphic go when flat.
      this.#geometry = undefined;
      this.#offset = 0;
      this.#graphic.style.transform = '';
      if (on && host!.hostViewport()) {
        this.#geometry = this.#measure();
        this.#pin();
      }
    } else if (on) (this.#scroller ??= this.#setupScroller()).enable();
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

  /**
   * The marks of a state's drawings, keyed by layout and mark, fetched from its step's drawing files the
   * first time (asked again later if they could not be had).
   */
  #targetsOf(state: string): Promise<Targets> | undefined {
    let targets = this.#targets.get(state);
    const figure = targets ? undefined : this.#stepOf(state)?.querySelector('.scrolly-figure');
    if (!figure) return targets;
    targets = targetsOfFigure(figure);
    this.#targets.set(state, targets);
    void targets.then((found) => found.size === 0 && this.#targets.delete(state));
    return targets;
  }

  /**
   * Makes the pinned graphic a drawing the page can move, the first time it is asked. A graphic whose
   * file cannot be had stays the picture it is, and the scrolly is laid out flat, as when its script
   * does not come.
   */
  #makeLive(): Promise<boolean> {
    if (this.#live) return this.#live;
    let intro!: (targets: Targets) => void;
    // The graphic as the server drew it is the intro state: its marks are the intro's targets.
    this.#targets.set(this.#intro, new Promise((resolve) => (intro = resolve)));
    this.#live = liveDrawings(this.#graphic).then((live) => {
      intro(live ? targetsIn(this.#graphic.cloneNode(true) as Element) : new Map());
      if (!live) {
        this.#root.classList.add('is-unrolled');
        this.#setEffects(effectsWanted());
      }
      return live;
    });
    return this.#live;
  }

  /**
   * Makes the graphic live and asks for every step's drawings, so that each is at hand when read: one
   * step at a time, at idle moments (a request costs a slow phone a few milliseconds to make). A state
   * read before its turn asks for its own at once.
   */
  #fetchTargets(): void {
    if (this.#fetching) return;
    this.#fetching = true;
    void this.#makeLive();
    const waiting = this.#steps.map((step) => step.dataset.stepState!);
    const next = () => {
      const state = waiting.shift();
      if (state !== undefined) void (this.#targetsOf(state) ?? Promise.resolve()).then(() => idle(next));
    };
    idle(next);
  }

  /** The step that sets a state, if the state is a step's. */
  #stepOf(state: string): HTMLElement | undefined {
    return this.#steps.find((step) => step.dataset.stepState === state);
  }

  /** Shows the state of the step at the reading line (the intro above the first step). */
  #showStateInView(animate: boolean): void {
    // After a resize of the page the layout settles, and scroll events are not the reader's. (A frame's
    // resizes are the host sizing it: its reader's scrolling comes as messages, after.)
    if (animate && !this.#hosted && settling()) return;
    if (!this.#effectsOn) {
      // Each step shows its own drawing; the scrolly as a whole shows the whole story.
      this.#root.dataset.readingState = this.#final;
      return;
    }
    if (this.#hosted) {
      const viewport = host!.hostViewport();
      if (!viewport) return;
      this.#geometry ??= this.#measure();
      const line = this.#hostLine(viewport);
      const index = this.#geometry.stepTops.findLastIndex((top) => top <= line);
      this.#read(this.#steps[index]?.dataset.stepState ?? this.#intro, animate);
      return;
    }
    // Before the reader has touched the page, a scroll is the browser restoring a position: no animation.
    const step = this.#focusedInSight() ?? lastAboveLine(this.#steps);
    this.#read(step?.dataset.stepState ?? this.#intro, animate && readerHasActed());
  }

  /**
   * The step focus went into, unless the reader has moved the page since, while what has focus is on
   * screen and not under the pinned graphic.
   */
  #focusedInSight(): HTMLElement | undefined {
    const focus = document.activeElement;
    if (!this.#focused || lastMove() > this.#focused.at || !focus || !this.#focused.step.contains(focus)) {
      return undefined;
    }
    const box = focus.getBoundingClientRect();
    return box.bottom > this.#coveredTo(box) && box.top < innerHeight ? this.#focused.step : undefined;
  }

  /**
   * How far down the screen the pinned graphic covers a box's column: on a phone it lies over the top of
   * the screen; beside the steps, it covers none of them.
   */
  #coveredTo(box: DOMRect): number {
    const graphic = this.#graphic.getBoundingClientRect();
    return graphic.left < box.right && graphic.right > box.left ? graphic.bottom : 0;
  }

  /**
   * What takes focus under the pinned graphic (a step whose top the browser thought in view) is brought
   * out below it, once the browser has scrolled it in: a step by its card, anything else by itself.
   */
  #bringOutFromUnder(target: Element, step: HTMLElement): void {
    requestAnimationFrame(() => {
      if (!this.#effectsOn || document.activeElement !== target) return;
      const box = (target === step ? (step.querySelector('.scrolly-card') ?? step) : target).getBoundingClientRect();
      const covered = this.#coveredTo(box);
      if (covered > 0 && box.top < covered) window.scrollBy(0, box.top - covered - 8);
    });
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
    // The graphic first: its opening state's targets are its own marks.
    const live = this.#makeLive();
    const targets = this.#targetsOf(state);
    if (!targets) return;
    void Promise.all([live, targets]).then(([live, targets]) => {
      // A state read while this one's drawings were on their way draws instead.
      if (!live || state !== this.#drawn) return;
      // Every width is read before any drawing is written, so the writes force no layout.
      const shown = [...this.#graphic.querySelectorAll<SVGSVGElement>('svg[data-layout]')].filter(
        (svg) => svg.dataset.drawnState !== state && svg.getBoundingClientRect().width > 0,
      );
      for (const svg of shown) {
        const marks = targets.get(svg.dataset.layout!);
        if (!marks) continue;
        svg.dataset.drawnState = state;
        tweenSvg(svg, marks, animate);
      }
    });
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
