import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { EDITIONS, SECTION_IDS } from './helpers';

for (const edition of EDITIONS) {
  test(`${edition.name}: reading down marks each section in the contents, in turn`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto(edition.path);
    const nav = page.getByRole('navigation', { name: /Contents|目录|目錄/ });
    await expect(nav).toBeVisible();
    for (const id of SECTION_IDS) {
      await page.evaluate((section) => {
        const el = document.getElementById(section)!;
        window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.3);
      }, id);
      await expect(nav.locator(`a[data-section="${id}"]`), id).toHaveAttribute('aria-current', 'true');
      await expect(nav.locator('a[aria-current="true"]')).toHaveCount(1);
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the contents open from the masthead, work by keyboard, and close with Esc', async ({ page }) => {
    await page.goto('zh/');
    const toggle = page.getByRole('button', { name: '目录' });
    const nav = page.locator('nav.toc');
    await expect(nav).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.locator('a').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(toggle).toBeFocused();
    // Open again and follow a link: the panel closes on the section.
    await page.keyboard.press('Enter');
    await nav.locator('a[data-section="why-giants"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#why-giants$/);
    await expect(page.locator('#why-giants h2')).toBeInViewport();
    await expect(nav).toBeHidden();
  });

  test('axe finds no violation with the contents open', async ({ page }) => {
    for (const edition of EDITIONS) {
      await page.goto(edition.path);
      await page.locator('.toc-toggle').click();
      await expect(page.locator('nav.toc')).toBeVisible();
      await expectNoAxeViolations(page, `${edition.name}, the contents open`, '.masthead, nav.toc');
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the contents are a plain list of links near the top, and they work', async ({ page }) => {
    await page.goto('zh-hant/');
    const nav = page.getByRole('navigation', { name: '目錄' });
    await expect(nav).toBeVisible();
    const top = await nav.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const firstSection = await page.locator('#the-quant').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThan(firstSection);
    await expect(nav.locator('a')).toHaveCount(SECTION_IDS.length);
    await nav.locator('a[data-section="the-cascade"]').click();
    await expect(page).toHaveURL(/#the-cascade$/);
    await expect(page.locator('#the-cascade h2')).toBeInViewport();
    await expect(page.locator('.toc-toggle')).toBeHidden();
  });
});

test('the reading progress moves as the page scrolls, and assistive technology does not see it', async ({ page }) => {
  await page.goto('');
  const progress = page.locator('.progress');
  await expect(progress).toHaveAttribute('aria-hidden', 'true');
  const width = () => page.locator('.progress-bar').evaluate((el) => el.getBoundingClientRect().width);
  const atTop = await width();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect.poll(width).toBeGreaterThan(atTop + 100);
  const half = await width();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(width).toBeGreaterThan(half + 100);
  await page.emulateMedia({ media: 'print' });
  await expect(progress).toBeHidden();
});

test('the byline gives a reading time worked out for each edition', async ({ page }) => {
  const minutes: number[] = [];
  for (const edition of EDITIONS) {
    await page.goto(edition.path);
    const text = await page.locator('#hero .reading-time').innerText();
    const n = Number(/(\d+)/.exec(text)![1]);
    expect(n, edition.name).toBeGreaterThan(5);
    expect(n, edition.name).toBeLessThan(40);
    minutes.push(n);
  }
  // The two Chinese editions are the same text.
  expect(minutes[1]).toBe(minutes[2]);
});

test('a section’s share link is copied, and opens on that section in the same edition', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('zh-hant/');
  const control = page.locator('#the-holdouts .share-control');
  await control.locator('summary').click();
  await control.getByRole('button', { name: '複製連結' }).click();
  await expect(control.getByRole('status')).toContainText('連結已複製');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/zh-hant\/share\/the-holdouts\/$/);
  await page.goto(link);
  await expect(page).toHaveURL(/\/zh-hant\/#the-holdouts$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
  await expect(page.locator('#the-holdouts h2')).toBeInViewport();
});

test('plain share links need no script and make no request until followed', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('');
  const links = page.locator('#coda .share-links a');
  await expect(links).toHaveCount(4);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    expect(href).toMatch(/^(mailto:|https:\/\/)/);
    expect(decodeURIComponent(href)).toContain('/share/coda/');
  }
  expect(requests.every((r) => new URL(r).hostname === '127.0.0.1')).toBe(true);
});

test('a skip link and a back-to-top link', async ({ page }) => {
  await page.goto('#sources');
  await page.getByRole('link', { name: 'Back to the top' }).click();
  await expect(page.locator('#hero h1')).toBeInViewport();
  await page.goto('zh/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
