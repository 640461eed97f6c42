import { expect, test } from '@playwright/test';
import { EDITIONS } from './helpers';

test.describe('on a desktop screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('English prose keeps a comfortable measure of about 60 to 75 characters a line', async ({ page }) => {
    await page.goto('');
    const perLine = await page.locator('main .prose > p').evaluateAll((ps) => {
      let characters = 0;
      let lines = 0;
      for (const p of ps.slice(0, 40)) {
        const range = document.createRange();
        range.selectNodeContents(p);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        // Count only full lines: a paragraph's last line is usually short.
        if (tops.size < 3) continue;
        characters += (p.textContent ?? '').length * ((tops.size - 1) / tops.size);
        lines += tops.size - 1;
      }
      return characters / lines;
    });
    expect(perLine).toBeGreaterThan(58);
    expect(perLine).toBeLessThan(78);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const edition of EDITIONS) {
    test(`${edition.name}: nothing is wider than the screen`, async ({ page }) => {
      await page.goto(edition.path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('light and dark schemes follow the reader’s setting', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  expect(luminance(await background())).toBeGreaterThan(200);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(luminance(await background())).toBeLessThan(40);
});

test('print shows the whole article without the site furniture', async ({ page }) => {
  await page.goto('zh/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.editions')).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();
  for (const id of ['hero', 'the-cascade', 'sources']) await expect(page.locator(`#${id}`)).toBeVisible();
  // Printed in black on white, whatever the screen's scheme.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(50_000);
});
