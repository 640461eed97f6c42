/**
 * Every page the build makes, of every kind (the articles, each embed, each share page, the 404s), in
 * light and dark: axe finds nothing against WCAG 2.2 A and AA. Pages in other states (tables open, a
 * scrolly mid-way, the contents open) are checked by their own specs with the same helper.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { builtFiles, EDITIONS, editionOf, pageAddress } from './helpers';

const pages = builtFiles().filter((file) => file.endsWith('.html'));
const KINDS = {
  article: (rest: string) => rest === 'index.html',
  embed: (rest: string) => rest.startsWith('embed/'),
  share: (rest: string) => rest.startsWith('share/'),
  '404': (rest: string) => rest === '404.html',
} as const;

test('the pages checked below are every page of the build', () => {
  const kinds = Object.values(KINDS);
  const unchecked = pages.filter((file) => !kinds.some((is) => is(file.slice(editionOf(file).path.length))));
  expect(unchecked).toEqual([]);
  expect(pages.length).toBeGreaterThan(60);
});

/** Pages in groups small enough to check within a test's time (a share page per step makes many). */
const GROUP = 16;

for (const edition of EDITIONS) {
  for (const [kind, is] of Object.entries(KINDS)) {
    const all = pages.filter((file) => editionOf(file) === edition && is(file.slice(edition.path.length)));
    test(`${edition.name} has ${kind} pages`, () => expect(all.length).toBeGreaterThan(0));
    for (let start = 0; start < all.length; start += GROUP) {
      const files = all.slice(start, start + GROUP);
      const which = all.length > GROUP ? ` ${start + 1}–${start + files.length} of ${all.length}` : ` (${all.length})`;
      test(`${edition.name}, ${kind} pages${which}, light and dark: no WCAG 2.2 A or AA violation`, async ({
        page,
      }) => {
        // A share page forwards at once to the article: check it as served, without the forwarding.
        await page.route(/\/share\//, async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
          await route.fulfill({ response, body });
        });
        for (const file of files) {
          await page.emulateMedia({ colorScheme: 'light' });
          const response = await page.goto(pageAddress(file));
          // A 404 page is served at its own address; any other must answer 200.
          if (kind !== '404') expect(response?.status(), file).toBe(200);
          await expectNoAxeViolations(page, `${file}, light`);
          await page.emulateMedia({ colorScheme: 'dark' });
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
          await expectNoAxeViolations(page, `${file}, dark`);
        }
      });
    }
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
