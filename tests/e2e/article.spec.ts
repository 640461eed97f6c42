import { expect, test } from '@playwright/test';
import { CREDIT, EDITIONS, SECTION_IDS, toHant } from './helpers';

for (const edition of EDITIONS) {
  test.describe(`${edition.name} edition`, () => {
    test('has every section, in order, each with its heading', async ({ page }) => {
      await page.goto(edition.path);
      await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
      const ids = await page.locator('main article > section').evaluateAll((sections) => sections.map((s) => s.id));
      expect(ids).toEqual(SECTION_IDS);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('#hero h1')).toBeVisible();
      for (const id of SECTION_IDS.slice(1)) {
        const heading = page.locator(`#${id} > header h2`);
        await expect(heading, `#${id} has a visible h2`).toBeVisible();
        expect((await heading.innerText()).trim().length).toBeGreaterThan(1);
        // Each section is a named region whose text is a real part of the story, not a stub.
        expect((await page.locator(`#${id} .prose`).innerText()).length, `#${id} has body text`).toBeGreaterThan(200);
      }
    });

    test('credits the original reporting in the byline and in the sources', async ({ page }) => {
      await page.goto(edition.path);
      const credit = edition.lang === 'en' ? CREDIT.en : edition.lang === 'zh-Hans' ? CREDIT.zh : toHant(CREDIT.zh);
      await expect(page.locator('#hero .byline')).toContainText(credit);
      await expect(page.locator('#sources')).toContainText(credit);
      await expect(page.locator('#sources a[href="https://www.jiemian.com/"]').first()).toBeVisible();
    });

    test('states the units and the exchange rate, and lists sources and fact-checks', async ({ page }) => {
      await page.goto(edition.path);
      const sources = page.locator('#sources');
      await expect(sources).toContainText('7.1020');
      const unit = { en: 'per million tokens', 'zh-Hans': '百万tokens', 'zh-Hant-TW': '百萬tokens' }[edition.lang];
      await expect(sources).toContainText(unit);
      // Every source is listed once, with an anchor the fact-check notes link to.
      const listed = await sources.locator('.source-list > li').evaluateAll((items) => items.map((li) => li.id));
      expect(listed.length).toBeGreaterThanOrEqual(20);
      expect(new Set(listed).size).toBe(listed.length);
      const cited = await page
        .locator('.factcheck a[href^="#source-"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
      for (const id of cited) expect(listed, `fact-check cites #${id}`).toContain(id);
      // The brief's corrections, as fact-check notes in the sources section.
      for (const id of [
        'zhipu-cut',
        'one-hundredth',
        'liang-graduation',
        'deepseek-founding',
        'margin',
        'office',
        'gpu-count',
      ]) {
        await expect(sources.locator(`.factcheck[data-correction="${id}"]`)).toHaveCount(1);
      }
    });

    test('corrects the source beside the claims it gets wrong', async ({ page }) => {
      await page.goto(edition.path);
      const zhipu = page.locator('#the-cascade .factcheck[data-correction="zhipu-cut"]');
      await expect(zhipu).toContainText('80%');
      await expect(zhipu).toContainText('90%');
      const hundredth = page.locator('#the-shot .factcheck[data-correction="one-hundredth"]');
      for (const ratio of ['1/107', '1/95', '1/71']) await expect(hundredth).toContainText(ratio);
      // The prose itself gives the corrected figure, not the source's.
      const prose = page.locator('#the-cascade :is(.prose > p, .scrolly-card > p)');
      await expect(prose.filter({ hasText: 'GLM-3 Turbo' }).first()).toContainText('80%');
    });
  });
}
