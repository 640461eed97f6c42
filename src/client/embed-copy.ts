/** The copy buttons of embed snippets (and anything else marked up the same way): copy, then say so. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button.embed-copy')) {
  const code = button.previousElementSibling?.querySelector<HTMLElement>('[data-snippet]');
  const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
  if (!code || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      if (status) status.textContent = button.dataset.copied ?? '';
    } catch {
      // Clipboard refused (an insecure context, a denied permission): select the text to copy by hand.
      getSelection()?.selectAllChildren(code);
    }
  });
}
