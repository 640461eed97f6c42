/**
 * <price-slide>: as the reader scrolls the hero's price bars up the screen, DeepSeek-V2's bar and number
 * slide from GPT-4-Turbo's price down to its own, on a log path so each halving takes the same scroll.
 * Only SVG attributes and text change; the scroll listener is passive and runs only while in view.
 */

const EFFECTS_KEY = 'price-butcher:scrolling-effects';

function effectsOn(): boolean {
  try {
    return sessionStorage.getItem(EFFECTS_KEY) !== 'off' && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return !matchMedia('(prefers-reduced-motion: reduce)').matches;
  }
}

class PriceSlide extends HTMLElement {
  #frame = 0;
  #abort = new AbortController();

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

    const draw = (): void => {
      this.#frame = 0;
      const box = this.getBoundingClientRect();
      // From the moment the bars enter at the bottom until they reach 40% of the way down the screen.
      const progress = effectsOn() ? Math.min(1, Math.max(0, (innerHeight - box.top) / (innerHeight * 0.6))) : 1;
      const price = from * (to / from) ** progress;
      const width = (fullWidth * price) / from;
      bar.setAttribute('width', width.toFixed(2));
      label.setAttribute('x', (x + width + 8).toFixed(2));
      label.textContent = progress >= 1 ? finalText : format(price);
    };
    const schedule = (): void => {
      if (!this.#frame) this.#frame = requestAnimationFrame(draw);
    };

    const signal = this.#abort.signal;
    let listening = false;
    const watch = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !listening) {
        addEventListener('scroll', schedule, { passive: true, signal });
        listening = true;
      }
      schedule();
    });
    watch.observe(this);
    signal.addEventListener('abort', () => watch.disconnect());
    addEventListener('price-butcher:scrolling-effects', schedule, { signal });
    draw();
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    cancelAnimationFrame(this.#frame);
  }
}

if (!customElements.get('price-slide')) customElements.define('price-slide', PriceSlide);

// A module of its own, loaded by boot.ts when the page has what it enhances.
export {};
