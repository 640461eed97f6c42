/**
 * The stance map's tooltips: hovering or focusing a name shows the start of that person's words beside
 * it. The name is a link to the full quote, which works without this. The tooltip can be hovered, and
 * Esc, moving away or blurring dismisses it (WCAG 1.4.13).
 */

let tip: HTMLDivElement | undefined;
let hideTimer = 0;

function show(link: SVGAElement): void {
  const excerpt = link.dataset.excerpt;
  if (!excerpt) return;
  clearTimeout(hideTimer);
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'stance-tip';
    tip.setAttribute('role', 'tooltip');
    tip.id = 'stance-tip';
    tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
    tip.addEventListener('pointerleave', () => hide());
    document.body.append(tip);
  }
  const name = document.createElement('strong');
  name.textContent = link.getAttribute('aria-label')?.split(/[:：]/)[0] ?? '';
  const words = document.createElement('span');
  words.textContent = excerpt;
  tip.replaceChildren(name, words);
  tip.hidden = false;
  link.setAttribute('aria-describedby', tip.id);
  const box = link.getBoundingClientRect();
  const width = Math.min(tip.offsetWidth, innerWidth - 16);
  tip.style.left = `${Math.max(8, Math.min(box.left, innerWidth - width - 8))}px`;
  const below = box.bottom + 8;
  tip.style.top = `${below + tip.offsetHeight > innerHeight - 8 ? box.top - tip.offsetHeight - 8 : below}px`;
}

function hide(delay = 120): void {
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => {
    if (tip) tip.hidden = true;
  }, delay);
}

for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-chart-svg="stances"]')) {
  for (const link of svg.querySelectorAll<SVGAElement>('a[data-excerpt]')) {
    link.addEventListener('pointerenter', () => show(link));
    link.addEventListener('pointerleave', () => hide());
    link.addEventListener('focus', () => show(link));
    link.addEventListener('blur', () => hide(0));
    link.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') hide(0);
    });
  }
  // Said for whoever waits on it (the browser tests): the names now show their words.
  svg.dataset.enhanced = '';
}
addEventListener('scroll', () => tip && !tip.hidden && hide(0), { passive: true });
