/**
 * Turns each annotated phrase of a quote (a link to its numbered note) into a button that opens the note
 * in a popover: by pointer, touch or keyboard; Esc or a tap elsewhere closes it, and focus stays on the
 * phrase. Uses the browser's Popover API; where there is none, the links to the notes stay as they are.
 */

const supported =
  typeof HTMLElement !== 'undefined' && Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover');

function place(button: HTMLElement, pop: HTMLElement): void {
  const box = button.getBoundingClientRect();
  const width = Math.min(pop.offsetWidth, innerWidth - 16);
  const left = Math.max(8, Math.min(box.left, innerWidth - width - 8));
  const below = box.bottom + 8;
  const top = below + pop.offsetHeight > innerHeight - 8 ? Math.max(8, box.top - pop.offsetHeight - 8) : below;
  pop.style.left = `${left}px`;
  pop.style.top = `${top}px`;
}

function enhance(quote: HTMLElement): void {
  const label = quote.querySelector('.quote-notes')?.getAttribute('aria-label') ?? '';
  for (const link of quote.querySelectorAll<HTMLAnchorElement>('a.gloss')) {
    const note = quote.querySelector<HTMLElement>(link.hash);
    if (!note) continue;
    const pop = document.createElement('div');
    pop.id = `${note.id}-popover`;
    pop.className = 'gloss-pop';
    pop.popover = 'auto';
    pop.setAttribute('role', 'note');
    pop.setAttribute('aria-label', `${label}: ${link.textContent?.trim() ?? ''}`);
    pop.textContent = note.textContent;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.textContent = link.textContent;
    button.dataset.note = link.dataset.note;
    button.popoverTargetElement = pop;
    button.setAttribute('aria-controls', pop.id);
    // While open, the note follows its phrase when the page scrolls; closed, it listens to nothing.
    let following: AbortController | undefined;
    let frame = 0;
    pop.addEventListener('toggle', (event) => {
      const open = (event as ToggleEvent).newState === 'open';
      button.setAttribute('aria-expanded', String(open));
      following?.abort();
      following = undefined;
      if (!open) return;
      place(button, pop);
      following = new AbortController();
      const follow = () => {
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          place(button, pop);
        });
      };
      addEventListener('scroll', follow, { passive: true, signal: following.signal });
    });
    button.setAttribute('aria-expanded', 'false');
    link.replaceWith(button);
    quote.append(pop);
  }
  quote.classList.add('has-popovers');
}

if (supported) for (const quote of document.querySelectorAll<HTMLElement>('figure.quote')) enhance(quote);
