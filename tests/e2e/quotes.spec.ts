import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Quote } from '../../src/schemas/quote';
import type { Source } from '../../src/schemas/source';
import { EDITIONS, normalise, PSEUDONYMS, QUOTES, toHant, toHantQuote } from './helpers';

for (const edition of EDITIONS) {
  const english = edition.lang === 'en';
  const script = (zh: string) => (edition.lang === 'zh-Hant-TW' ? toHantQuote(zh) : zh);
  const words = (zh: string) => (edition.lang === 'zh-Hant-TW' ? toHant(zh) : zh);

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
      expect(figure!.by, `attribution of "${quote.zh}"`).toContain(english ? quote.by.en : words(quote.by.zh));
      if (quote.pseudonym) expect(figure!.by).toContain(english ? 'pseudonym' : words('化名'));
    }
  });

  test(`${edition.name}: pseudonyms are marked where the prose first names them`, async ({ page }) => {
    await page.goto(edition.path);
    for (const person of PSEUDONYMS) {
      const name = english ? person.en : words(person.zh);
      const first = page.locator('main .prose > p').filter({ hasText: name }).first();
      await expect(first).toContainText(english ? 'pseudonym' : words('化名'));
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

/** The quotes and sources as the data files hold them: what every rendering must match exactly. */
const data = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../content/data/${name}`, import.meta.url), 'utf8')) as unknown[];
const QUOTE_DATA = data('quotes.json') as Quote[];
const SOURCE_DATA = data('sources.json') as Source[];

for (const scripts of [false, true]) {
  test.describe(scripts ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled: scripts });

    for (const edition of EDITIONS) {
      const lang = edition.lang === 'en' ? 'en' : 'zh';
      const ours = (zh: string) => (edition.lang === 'zh-Hant-TW' ? toHant(zh) : zh);
      const theirs = (zh: string) => (edition.lang === 'zh-Hant-TW' ? toHantQuote(zh) : zh);

      test(`${edition.name}: every quote, caption and note reads exactly as the data, as seen and as copied`, async ({
        page,
      }) => {
        await page.goto(edition.path);
        const rendered = await page.locator('main figure[data-quote]').evaluateAll((figures) =>
          figures.map((figure) => {
            const read = (selector: string) => {
              const el = figure.querySelector<HTMLElement>(selector);
              // innerText is what a reader sees; textContent is what a copy, a reader view or a feed takes.
              return el ? { seen: el.innerText, copied: el.textContent!.trim() } : null;
            };
            return {
              id: (figure as HTMLElement).dataset.quote!,
              text: read('.quote-text'),
              original: read('[data-quote-original]'),
              by: read('.quote-by'),
              notes: [...figure.querySelectorAll('.quote-notes > li')].map((li) => li.textContent),
            };
          }),
        );
        expect(rendered.map((r) => r.id).sort()).toEqual(QUOTE_DATA.map((q) => q.id).sort());
        for (const figure of rendered) {
          const quote = QUOTE_DATA.find((q) => q.id === figure.id)!;
          const text = lang === 'en' ? quote.translation : theirs(quote.original);
          expect(figure.text, `${figure.id}: the quote`).toEqual({ seen: text, copied: text });
          if (lang === 'en') {
            expect(figure.original, `${figure.id}: the original`).toEqual({
              seen: quote.original,
              copied: quote.original,
            });
          }
          const role = quote.role ? (lang === 'en' ? `, ${quote.role.en}` : `，${quote.role.zh}`) : '';
          const pseudonym = quote.pseudonym ? (lang === 'en' ? ' (pseudonym)' : '（化名）') : '';
          const reported = quote.sources
            .map((id) => SOURCE_DATA.find((s) => s.id === id)!.publisher[lang])
            .join(lang === 'en' ? '; ' : '；');
          const by =
            lang === 'en'
              ? `${quote.speaker.en}${role}${pseudonym} · reported by ${reported}`
              : ours(`${quote.speaker.zh}${role}${pseudonym} · 来源：${reported}`);
          expect(figure.by!.copied, `${figure.id}: the caption`).toBe(by);
          // A note in English only (内卷 needs no gloss for a Chinese reader) is not there in Chinese.
          const notes = quote.annotations.flatMap((note) => (note[lang] === undefined ? [] : [ours(note[lang])]));
          expect(figure.notes, `${figure.id}: the notes`).toEqual(notes);
        }
      });
    }
  });
}
