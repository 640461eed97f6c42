import { expect, test } from '@playwright/test';
import { EDITIONS, QUOTES, SECTION_IDS } from './helpers';

test.use({ javaScriptEnabled: false });

for (const edition of EDITIONS) {
  test(`${edition.name}: the whole article reads without JavaScript`, async ({ page }) => {
    await page.goto(edition.path);
    for (const id of SECTION_IDS) {
      const section = page.locator(`#${id}`);
      await section.scrollIntoViewIfNeeded();
      await expect(section).toBeVisible();
      const box = await section.boundingBox();
      expect(box!.height, `#${id} has height`).toBeGreaterThan(150);
    }
    await expect(page.locator('main figure[data-quote]')).toHaveCount(QUOTES.length);
    // Nothing of the text is hidden waiting for a script.
    const hidden = await page
      .locator('main .prose > p')
      .evaluateAll(
        (ps) =>
          ps.filter(
            (p) =>
              getComputedStyle(p).visibility === 'hidden' ||
              getComputedStyle(p).opacity === '0' ||
              (p as HTMLElement).offsetHeight === 0,
          ).length,
      );
    expect(hidden).toBe(0);
    // The edition links work too, landing at the top of the other edition.
    const other = EDITIONS.find((e) => e !== edition)!;
    await page.getByRole('navigation').getByRole('link', { name: other.name }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', other.lang);
  });
}
