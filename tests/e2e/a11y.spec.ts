import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EDITIONS } from './helpers';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const edition of EDITIONS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${edition.name}, ${colorScheme}: axe finds no WCAG 2.2 A or AA violation`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(edition.path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
      expect(summary).toEqual([]);
    });
  }
}

test('a keyboard reader can skip to the article and reach every link in order', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the article: the byline's credit link.
  await expect(page.locator('#hero .byline').getByRole('link', { name: /Based on reporting/ })).toBeFocused();
});
