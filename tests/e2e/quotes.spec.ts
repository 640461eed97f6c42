import { expect, test } from '@playwright/test';
import { EDITIONS, normalise, PSEUDONYMS, QUOTES, toHant } from './helpers';

for (const edition of EDITIONS) {
  const english = edition.lang === 'en';
  const script = (zh: string) => (edition.lang === 'zh-Hant' ? toHant(zh) : zh);

  test(`${edition.name}: every quote of the brief is there, exact and attributed`, async ({ page }) => {
    await page.goto(edition.path);
    const figures = await page.locator('main figure[data-quote]').evaluateAll((els) =>
      els.map((el) => ({
        text: (el.querySelector('.quote-text') as HTMLElement).innerText,
        original: (el.querySelector('[data-quote-original]') as HTMLElement | null)?.innerText ?? null,
        by: (el.querySelector('.quote-by') as HTMLElement).innerText,
      })),
    );
    for (const quote of QUOTES) {
      const original = script(quote.zh);
      const figure = english
        ? figures.find((f) => f.original === original)
        : figures.find((f) => f.text.trim() === original);
      expect(figure, `quote "${quote.zh}" appears exactly`).toBeDefined();
      if (english) {
        // Our translation leads, with the Chinese original beneath it.
        expect(normalise(figure!.text)).toBe(normalise(quote.en));
      }
      expect(figure!.by, `attribution of "${quote.zh}"`).toContain(english ? quote.by.en : script(quote.by.zh));
      if (quote.pseudonym) expect(figure!.by).toContain(english ? 'pseudonym' : script('化名'));
    }
  });

  test(`${edition.name}: pseudonyms are marked where the prose first names them`, async ({ page }) => {
    await page.goto(edition.path);
    for (const person of PSEUDONYMS) {
      const name = english ? person.en : script(person.zh);
      const first = page.locator('main .prose > p').filter({ hasText: name }).first();
      await expect(first).toContainText(english ? 'pseudonym' : script('化名'));
    }
  });
}

test('English quotes mark the original as Chinese for screen readers and fonts', async ({ page }) => {
  await page.goto('');
  const originals = page.locator('[data-quote-original]');
  await expect(originals).toHaveCount(QUOTES.length);
  for (const lang of await originals.evaluateAll((els) => els.map((el) => el.getAttribute('lang')))) {
    expect(lang).toBe('zh-Hans');
  }
});
