/**
 * Contents and reading progress. The contents list becomes a panel (narrow screens, opened from the
 * masthead) or a sidebar (wide screens), and marks the section being read with aria-current. The
 * progress bar is driven by a CSS scroll timeline where the browser has one, and by a passive scroll
 * listener otherwise.
 */

const nav = document.querySelector<HTMLElement>('nav.toc');
const toggle = document.querySelector<HTMLButtonElement>('.toc-toggle');

// The stylesheet makes the contents a panel or a sidebar wherever scripts run (a browser too old to say
// so keeps the plain list, and no button for it).
if (nav && toggle && matchMedia('(scripting: enabled)').matches) {
  toggle.hidden = false;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-section]')];

  const setOpen = (open: boolean, returnFocus = false): void => {
    nav.classList.toggle('is-open', open);
    toggle.setAttribute('aria-expanded', String(open));
    if (open) links[0]?.focus();
    else if (returnFocus) toggle.focus();
  };
  toggle.addEventListener('click', () => setOpen(!nav.classList.contains('is-open')));
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && nav.classList.contains('is-open')) setOpen(false, true);
  });
  toggle.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && nav.classList.contains('is-open')) setOpen(false, true);
  });
  for (const link of links) link.addEventListener('click', () => setOpen(false));
  document.addEventListener('click', (event) => {
    if (
      nav.classList.contains('is-open') &&
      !nav.contains(event.target as Node) &&
      !toggle.contains(event.target as Node)
    )
      setOpen(false);
  });

  // The section being read is the one crossing a line a little above the middle of the screen.
  const current = new Map<string, boolean>();
  const mark = (): void => {
    const id = links
      .map((link) => link.dataset.section!)
      .filter((section) => current.get(section))
      .pop();
    if (!id) return;
    for (const link of links) {
      if (link.dataset.section === id) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) current.set(entry.target.id, entry.isIntersecting);
      mark();
    },
    { rootMargin: '-40% 0px -59% 0px' },
  );
  for (const link of links) {
    const section = document.getElementById(link.dataset.section!);
    if (section) observer.observe(section);
  }
}

const bar = document.querySelector<HTMLElement>('.progress-bar');
if (bar && !CSS.supports('animation-timeline: scroll()')) {
  let frame = 0;
  const draw = (): void => {
    frame = 0;
    const max = document.documentElement.scrollHeight - innerHeight;
    bar.style.transform = `scaleX(${max > 0 ? Math.min(1, scrollY / max) : 0})`;
  };
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(draw)), { passive: true });
  draw();
}
