/**
 * <price-slide>: as the reader scrolls the hero's price bars up the screen, DeepSeek-V2's bar and number
 * slide from GPT-4-Turbo's price down to its own, on a log path so each halving takes the same scroll.
 * Only SVG attributes and text change, and only when they would change; the scroll listener is passive
 * and attached only while the bars are in view (out of view, one check when each scroll ends).
 */
import { motionAllowed, onEffectsChange } from './scrolly/effects';

class PriceSlide extends HTMLElement {
  #frame = 0;
  #abort?: AbortController;

  connectedCallback(): void {
    const bar = this.querySelector<SVGRectElement>('[data-slide-bar]');
    const label = this.querySelector<SVGTextElement>('[data-slide-value]');
    const from = Number(this.dataset.from);
    const to = Number(this.dataset.to);
    if (!bar || !label || !(from > to && to > 0)) return;
    const x = Number(bar.getAttribute('x'));
    const endWidth = Number(bar.getAttribute('width'));
    const fullWidth = (endWidth * from) / to;
    // How the edition writes a price (`¥#`, `#元`), given by the page.
    const written = this.dataset.format ?? '#';
    const format = (price: number) => written.replace('#', price.toFixed(2));
    const finalText = label.textContent ?? '';
    let drawn = '';

    const draw = (): void => {
      this.#frame = 0;
      const box = this.getBoundingClientRect();
      // From the moment the bars enter at the bottom until they reach 40% of the way down the screen.
      const progress = motionAllowed() ? Math.min(1, Math.max(0, (innerHeight - box.top) / (innerHeight * 0.6))) : 1;
      const price = from * (to / from) ** progress;
      const width = (fullWidth * price) / from;
      const text = progress >= 1 ? finalText : format(price);
      const key = `${width.toFixed(2)} ${text}`;
      if (key === drawn) return;
      drawn = key;
      bar.setAttribute('width', width.toFixed(2));
      label.setAttribute('x', (x + width + 8).toFixed(2));
      label.textContent = text;
    };
    const schedule = (): void => {
      this.#frame ||= requestAnimationFrame(draw);
    };

    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    // Scrolling moves the bars only while they are on screen: the listener comes and goes with them.
    let listening: AbortController | undefined;
    const stopListening = () => {
      listening?.abort();
      listening = undefined;
    };
    const watch = new IntersectionObserver((entries) => {
      const inView = entries.at(-1)!.isIntersecting;
      if (inView && !listening) {
        listening = new AbortController();
        addEventListener('scroll', schedule, { passive: true, signal: listening.signal });
      } else if (!inView) stopListening();
      schedule();
    });
    watch.observe(this);
    // A jump (an anchor, a reload halfway down) can carry the bars from below the screen to above it
    // without their ever being in view: once each scroll ends, they are set for where they now are.
    addEventListener('scrollend', schedule, { passive: true, signal });
    signal.addEventListener('abort', () => {
      watch.disconnect();
      stopListening();
    });
    onEffectsChange(schedule, signal);
    draw();
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }
}

if (!customElements.get('price-slide')) customElements.define('price-slide', PriceSlide);
