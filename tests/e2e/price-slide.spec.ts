/**
 * The hero's sliding price: DeepSeek-V2's bar and number slide from GPT-4-Turbo's price to its own as the
 * reader scrolls, hold still with reduced motion, and cost nothing once out of view.
 */
import { expect, test } from '@playwright/test';

test.describe('the hero’s sliding price', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('slides from GPT-4-Turbo’s price down to DeepSeek’s as the reader scrolls', async ({ page }) => {
    await page.goto('');
    const value = page.locator('price-slide [data-slide-value]');
    await expect(value).toHaveText('¥71.02');
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(60);
      seen.add((await value.textContent()) ?? '');
    }
    await page.locator('#the-quant').scrollIntoViewIfNeeded();
    await expect(value).toHaveText('¥1');
    // It passed through prices in between: a slide, not a jump.
    expect([...seen].filter((v) => v !== '¥71.02' && v !== '¥1').length).toBeGreaterThan(1);
  });

  test('holds still at one yuan with reduced motion', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('');
    await expect(page.locator('price-slide [data-slide-value]')).toHaveText('¥1');
    await context.close();
  });

  test('out of view, scrolling writes nothing to it', async ({ page }) => {
    await page.goto('');
    // Its script has come and set the bars for the top of the page.
    await expect(page.locator('price-slide [data-slide-value]')).toHaveText('¥71.02');
    await page.locator('#the-cascade').scrollIntoViewIfNeeded();
    await expect(page.locator('price-slide [data-slide-value]')).toHaveText('¥1');
    await expect(page.locator('price-slide')).not.toBeInViewport();
    await page.evaluate(() => {
      (window as unknown as { __slideWrites: number }).__slideWrites = 0;
      new MutationObserver((records) => {
        (window as unknown as { __slideWrites: number }).__slideWrites += records.length;
      }).observe(document.querySelector('price-slide')!, { attributes: true, childList: true, subtree: true });
    });
    await page.mouse.move(200, 400);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, 200);
      // Two frames: long enough for a scroll handler's frame to run, if one were attached.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    }
    expect(await page.evaluate(() => (window as unknown as { __slideWrites: number }).__slideWrites)).toBe(0);
  });
});
