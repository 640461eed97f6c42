import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { EDITIONS, toHantQuote } from './helpers';

/** The brief's annotated phrases, by quote, as each edition shows them. */
const GLOSSES = [
  { quote: 'kaifu-ofo', en: 'ofo', zh: 'ofo', note: { en: 'bike-sharing', zh: '共享单车' } },
  { quote: 'fusheng-wool', en: 'The wool comes off the pig', zh: '羊毛出在猪身上', note: { en: 'saying', zh: '俗语' } },
  // A Chinese reader needs 内卷 explained no more than an English one needs "cut-throat": English only.
  { quote: 'kaifu-abroad', en: 'cut-throat', zh: null, note: { en: 'involution', zh: null } },
  { quote: 'hardtech-lp-forecast', en: 'LPs', zh: 'LP', note: { en: 'limited partners', zh: '有限合伙人' } },
  { quote: 'fa-no-bottom', en: 'SiliconFlow', zh: '硅基流动', note: { en: 'Beijing', zh: '北京' } },
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const edition of EDITIONS) {
    test(`${edition.name}: annotations are numbered notes under their quotes`, async ({ page }) => {
      await page.goto(edition.path);
      const glossed = page.locator('figure.quote:has(a.gloss)');
      expect(await glossed.count()).toBeGreaterThanOrEqual(8);
      for (const figure of await glossed.all()) {
        const notes = figure.locator('ol.quote-notes > li');
        await expect(notes.first()).toBeVisible();
        for (const link of await figure.locator('a.gloss').all()) {
          const href = (await link.getAttribute('href'))!;
          // Each phrase leads to its own note, in the same quote, numbered as the phrase is.
          await expect(figure.locator(href)).toHaveCount(1);
          const n = Number(await link.getAttribute('data-note'));
          expect(
            await figure
              .locator('ol.quote-notes > li')
              .nth(n - 1)
              .getAttribute('id'),
          ).toBe(href.slice(1));
        }
      }
      const phrase = (gloss: (typeof GLOSSES)[number]) =>
        edition.lang === 'en'
          ? gloss.en
          : gloss.zh && (edition.lang === 'zh-Hant-TW' ? toHantQuote(gloss.zh) : gloss.zh);
      for (const gloss of GLOSSES) {
        const figure = page.locator(`#quote-${gloss.quote}`);
        const text = phrase(gloss);
        if (text === null) {
          // Glossed for English readers only: the Chinese quote has no link there.
          await expect(figure.locator('a.gloss')).toHaveCount(0);
          continue;
        }
        await expect(figure.locator('a.gloss').filter({ hasText: text }).first()).toBeVisible();
      }
    });
  }
});

test('an annotation opens and closes by keyboard, with the right role and name, and focus stays put', async ({
  page,
}) => {
  await page.goto('');
  const figure = page.locator('#quote-kaifu-ofo');
  const button = figure.getByRole('button', { name: 'ofo', exact: true });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(figure.locator('ol.quote-notes')).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  const note = page.getByRole('note', { name: /ofo$/ });
  await expect(note).toBeVisible();
  await expect(note).toContainText('bike-sharing');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Space');
  await expect(note).toBeVisible();
});

test('an annotation opens by pointer and closes when the reader taps elsewhere', async ({ page }) => {
  await page.goto('zh-hant/');
  const button = page.locator('#quote-fusheng-wool').getByRole('button', { name: '羊毛出在豬身上' });
  await button.click();
  const note = page.getByRole('note', { name: /羊毛出在豬身上/ });
  await expect(note).toBeVisible();
  await expect(note).toContainText('俗語');
  await page.mouse.click(5, 400);
  await expect(note).toBeHidden();
});

test('axe finds no violation with an annotation open', async ({ page }) => {
  for (const edition of EDITIONS) {
    await page.goto(edition.path);
    await page.locator('#quote-fa-no-bottom button.gloss').first().click();
    await expect(page.locator('.gloss-pop:popover-open')).toHaveCount(1);
    await expectNoAxeViolations(page, `${edition.name}, an annotation open`, '#quote-fa-no-bottom');
  }
});

test('quotes show their stance, speaker and source', async ({ page }) => {
  await page.goto('');
  const lee = page.locator('#quote-kaifu-ofo');
  await expect(lee.locator('.quote-stance')).toHaveText('Refused to join in');
  await expect(lee.locator('figcaption')).toContainText('founder of 01.AI');
  await expect(lee.locator('figcaption a[href="#source-jiemian"]')).toHaveText('Jiemian News (界面新闻)');
  await expect(page.locator('#quote-yangquan-zhu .quote-stance')).toHaveText('Optimistic');
  await expect(page.locator('#quote-investor-idealist .quote-stance')).toHaveCount(0);
});

test.describe('the stance map, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const edition of EDITIONS) {
    test(`${edition.name}: is drawn as SVG and its names link to their words`, async ({ page }) => {
      await page.goto(edition.path);
      const map = page.locator('figure[data-chart="stances"]');
      await expect(map).toHaveCount(1);
      const svg = map.locator('svg:visible');
      await expect(svg).toHaveAttribute('role', 'group');
      const links = await svg.locator('a').all();
      // Every company and person of content/data/stances.json: 8 companies, 10 people.
      expect(links.length).toBe(18);
      for (const link of links) {
        const href = (await link.getAttribute('href'))!;
        await expect(page.locator(href), href).toHaveCount(1);
        expect((await link.getAttribute('aria-label'))!.length).toBeGreaterThan(5);
      }
      await svg.locator('a[href="#quote-kaifu-ofo"]').click();
      await expect(page).toHaveURL(/#quote-kaifu-ofo$/);
      await expect(page.locator('#quote-kaifu-ofo')).toBeInViewport();
    });
  }
});

test('the stance map shows a person’s words on hover and on keyboard focus, and Esc hides them', async ({ page }) => {
  await page.goto('');
  const map = page.locator('figure[data-chart="stances"] svg:visible');
  // The tooltips come with a script loaded after the first paint.
  await expect(map).toHaveAttribute('data-enhanced', '');
  const link = map.locator('a[href="#quote-yangquan-zhu"]');
  // Scrolling hides the tooltip, as a reader moving on expects: bring the name on screen first, let the
  // scroll's events pass, then point at it.
  await link.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await link.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Zhu Xiaohu');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await link.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('each corrected claim has its fact-check note beside it, not only in the list at the end', async ({ page }) => {
  await page.goto('zh/');
  const listed = await page
    .locator('#sources .factcheck')
    .evaluateAll((notes) => notes.map((n) => n.getAttribute('data-correction')));
  expect(listed.length).toBe(9);
  for (const id of listed) {
    await expect(page.locator(`article > section:not(#sources) .factcheck[data-correction="${id}"]`), id!).toHaveCount(
      1,
    );
  }
});

test('the notes fold from the first paint: no quote changes height when the popovers come, and a script that never comes unfolds them', async ({
  page,
}) => {
  const heights = () =>
    page
      .locator('figure.quote:has(.gloss)')
      .evaluateAll((quotes) => quotes.map((q) => q.getBoundingClientRect().height));
  // Held back until the first heights are read.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/annotations\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('');
  const before = await heights();
  release();
  await expect(page.locator('figure.quote.has-popovers').first()).toBeAttached();
  expect(await heights()).toEqual(before);

  await page.unrouteAll({ behavior: 'wait' });
  await page.route(/\/annotations\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto('');
  await expect(page.locator('figure.quote ol.quote-notes').first()).toBeVisible({ timeout: 8_000 });
});
