/**
 * Keeps the section the reader is in on the links to the other editions (`/zh/#the-cascade`), so that
 * switching language, or copying the link, keeps their place. Without JavaScript the links still work,
 * from the top of the article.
 */
import { lastAbove } from './last-above';

export function keepSectionInLinks(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-edition-link]')];
  const sections = [...document.querySelectorAll<HTMLElement>('main section[id]')];
  if (links.length === 0 || sections.length === 0) return;

  /** The last section whose top has passed 40% of the viewport's height: the one being read. */
  const current = (): string => {
    const id = lastAbove(sections, window.innerHeight * 0.4)?.id ?? '';
    return id === sections[0]?.id ? '' : id;
  };

  const update = (): void => {
    const hash = current();
    for (const link of links) {
      const url = new URL(link.href);
      url.hash = hash;
      link.href = url.href;
    }
  };

  // Exact at the moment of use, and kept fresh as sections cross the reading line for copy-the-link.
  for (const link of links) {
    link.addEventListener('pointerdown', update);
    link.addEventListener('focus', update);
    link.addEventListener('click', update);
    // Said for whoever waits on it (the browser tests): this link now keeps the section.
    link.dataset.enhanced = '';
  }
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -60% 0px' });
  for (const section of sections) observer.observe(section);
}
