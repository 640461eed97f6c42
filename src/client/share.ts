/**
 * The share controls: copy the section's link (built from this page's own address, so it works on any
 * host), and the device's share sheet where the Web Share API exists. A step's share link hands its
 * address to the share sheet, or copies it and says so; without either, it is a plain link.
 */
for (const control of document.querySelectorAll<HTMLDetailsElement>('details.share-control')) {
  const url = new URL(control.dataset.sharePath ?? '', location.href).href;
  const title = control.dataset.shareTitle ?? document.title;
  const shown = control.querySelector<HTMLAnchorElement>('[data-share-url]');
  if (shown) shown.textContent = url;
  const status = control.querySelector<HTMLElement>('[role="status"]');
  const copy = control.querySelector<HTMLButtonElement>('.share-copy');
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = status.dataset.copied ?? '';
      } catch {
        if (shown) getSelection()?.selectAllChildren(shown);
      }
    });
  }
  const native = control.querySelector<HTMLButtonElement>('.share-native');
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ title, url }).catch(() => {
        // The reader closed the share sheet: nothing to do.
      });
    });
  }
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('.step-share a')) {
  link.addEventListener('click', (event) => {
    const url = link.href;
    if (typeof navigator.share === 'function') {
      event.preventDefault();
      navigator.share({ title: document.title, url }).catch(() => {
        // The reader closed the share sheet: nothing to do.
      });
    } else if (navigator.clipboard) {
      event.preventDefault();
      const label = link.textContent;
      navigator.clipboard.writeText(url).then(
        () => {
          link.textContent = link.dataset.copied ?? label;
          setTimeout(() => (link.textContent = label), 5000);
        },
        () => (location.href = url),
      );
    }
  });
}
