import { expect, test, type Page } from '@playwright/test';
import { EDITIONS } from './helpers';

const [english, simplified, traditional] = EDITIONS;

test('each edition links to the others, each link in its own language', async ({ page }) => {
  for (const edition of EDITIONS) {
    await page.goto(edition.path);
    const nav = page.getByRole('navigation', { name: /./ }).filter({ has: page.locator('[data-edition-link]') });
    for (const other of EDITIONS) {
      const link = nav.getByRole('link', { name: other.name, exact: true });
      await expect(link).toHaveAttribute('lang', other.lang);
      await expect(link).toHaveAttribute('hreflang', other.lang);
      if (other === edition) await expect(link).toHaveAttribute('aria-current', 'page');
      else await expect(link).not.toHaveAttribute('aria-current');
    }
  }
});

/** Waits for the script that keeps the section on the edition links (it comes after the first paint). */
const linksKeepTheSection = (page: Page) =>
  expect(page.locator('a[data-edition-link][data-enhanced]')).toHaveCount(EDITIONS.length);

test('switching edition from a deep link keeps the section', async ({ page }) => {
  await page.goto(`${english.path}#the-cascade`);
  await linksKeepTheSection(page);
  // A deep link lands on its section at once, without scrolling through the article to get there.
  expect(
    await page.evaluate(() => Math.round(document.querySelector('#the-cascade')!.getBoundingClientRect().top)),
  ).toBeLessThan(120);
  // Click where the link is on screen: locator.click() would first scroll the sticky masthead "into view".
  const box = (await page.getByRole('link', { name: simplified.name, exact: true }).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/zh\/#the-cascade$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('#the-cascade h2')).toBeInViewport();
});

test('switching edition after scrolling keeps the section being read', async ({ page }) => {
  await page.goto(simplified.path);
  await linksKeepTheSection(page);
  // Read down into the section: its heading a little below the top of the screen.
  await page.evaluate(() =>
    window.scrollTo(0, document.querySelector('#investors')!.getBoundingClientRect().top + window.scrollY - 80),
  );
  await page.mouse.wheel(0, 300);
  await expect(page.locator('#investors h2')).not.toBeInViewport();
  // The keyboard path: focus the link in the masthead, which stays on screen, and follow it.
  await page.getByRole('link', { name: traditional.name, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-hant\/#investors$/);
  await expect(page.locator('#investors h2')).toBeInViewport();
});

test('from the top of the article, the switch goes to the top of the other edition', async ({ page }) => {
  await page.goto(traditional.path);
  await page.getByRole('link', { name: english.name, exact: true }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/[^#]*$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
