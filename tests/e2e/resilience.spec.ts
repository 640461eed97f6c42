import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { pageAddress } from './helpers';

/** Three steps of the cascade whose charts differ: Zhipu's cut, Baidu's free models, Tencent's evening. */
const STEPS = ['the-cascade-zhipu', 'the-cascade-baidu', 'the-cascade-tencent'];

/**
 * The state of the chart a reader of a step sees: the pinned graphic while it is shown, otherwise the
 * step's own drawing (an image, once loaded). Undefined when no chart of the step is on screen at all.
 */
function chartSeenAt(page: Page, stepId: string): Promise<string | undefined> {
  return page.evaluate((id) => {
    const step = document.getElementById(id)!;
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      const loaded = !(el instanceof HTMLImageElement) || (el.complete && el.naturalWidth > 0);
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility === 'visible' && loaded;
    };
    const graphic = step.closest('scrolly-story')!.querySelector('.scrolly-graphic')!;
    const drawings = shown(graphic) ? graphic.querySelectorAll('svg') : step.querySelectorAll('.scrolly-figure img');
    return [...drawings].find(shown)?.getAttribute('data-drawn-state') ?? undefined;
  }, stepId);
}

/** Brings a step to the middle of the screen, as a reader scrolling to it would. */
async function readStep(page: Page, stepId: string) {
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center' }), stepId);
  // Let a scroll module, if there is one, take the step in.
  await page.waitForTimeout(400);
}

test.describe('when our scripts do not arrive', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('with every script blocked, each step soon shows its own chart, the contents appear, and a deep link stays on its step', async ({
    page,
  }) => {
    await page.route('**/*.js', (route) => route.abort());
    await page.goto('#the-cascade-baidu');
    // The browser runs scripts, so the page is first laid out for them: pinned, in the opening state.
    expect(await page.evaluate(() => matchMedia('(scripting: enabled)').matches)).toBe(true);
    // Within a few seconds it unrolls, without a script.
    await expect
      .poll(() => chartSeenAt(page, 'the-cascade-baidu'), { timeout: 8_000, message: 'the Baidu step shows Baidu' })
      .toBe('baidu');
    // The browser's anchoring keeps the step read in place as the layout changes around it.
    await expect(page.locator('#the-cascade-baidu .scrolly-card')).toBeInViewport({ ratio: 0.9 });
    for (const step of STEPS) {
      await readStep(page, step);
      await expect.poll(() => chartSeenAt(page, step), { message: step }).toBe(step.replace('the-cascade-', ''));
      // Its chart fits the step, under the next step's card.
      const overflow = await page.evaluate((id) => {
        const step = document.getElementById(id)!;
        const images = [...step.querySelectorAll('.scrolly-figure img')].map((img) => img.getBoundingClientRect());
        return Math.max(...images.map((box) => box.bottom)) - step.getBoundingClientRect().bottom;
      }, step);
      expect(overflow, `${step}: its chart ends inside the step`).toBeLessThanOrEqual(0);
    }
    // The contents are there to use; a control that needs a script is not shown.
    await expect(page.locator('nav.toc')).toBeVisible();
    await expect(page.locator('nav.toc a').first()).toHaveAttribute('href', /#/);
    await expect(page.locator('.scrolly[data-chart="cascade"] .scrolly-toggle')).not.toBeVisible();
  });

  test('with the scroll module ten seconds late, the steps show their charts and the late module keeps that layout', async ({
    page,
  }) => {
    await page.route(/\/scrolly-story\.[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      await route.continue();
    });
    await page.goto('#the-cascade-baidu');
    await expect.poll(() => chartSeenAt(page, 'the-cascade-baidu'), { timeout: 8_000 }).toBe('baidu');
    const top = await page.locator('#the-cascade-baidu').evaluate((el) => el.getBoundingClientRect().top);
    await expect
      .poll(() => page.evaluate(() => customElements.get('scrolly-story') !== undefined), { timeout: 20_000 })
      .toBe(true);
    // The module came and changed nothing under the reader's eyes.
    await page.waitForTimeout(300);
    expect(await page.locator('#the-cascade-baidu').evaluate((el) => el.getBoundingClientRect().top)).toBeCloseTo(
      top,
      -1,
    );
    for (const step of STEPS) {
      await readStep(page, step);
      await expect.poll(() => chartSeenAt(page, step), { message: step }).toBe(step.replace('the-cascade-', ''));
    }
    // The control it shows works: it pins the chart again, which then follows the steps.
    const toggle = page.locator('.scrolly[data-chart="cascade"] .scrolly-toggle');
    await expect(toggle).toBeVisible();
    await toggle.click();
    await readStep(page, 'the-cascade-tencent');
    await expect(page.locator('.scrolly[data-chart="cascade"] .scrolly-graphic')).toBeVisible();
    await expect.poll(() => chartSeenAt(page, 'the-cascade-tencent')).toBe('tencent');
  });
});

test.describe('when the pinned graphic’s drawing cannot be had', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the scrolly lays its steps out flat, each with its own chart, rather than pin a chart that cannot move', async ({
    page,
  }) => {
    await page.route(/\/drawings\/en\/the-cascade\.\w+\.svg$/, (route) => route.abort());
    await page.goto('#the-cascade-baidu');
    const cascade = page.locator('.scrolly[data-chart="cascade"]');
    await expect(cascade).toHaveClass(/is-unrolled/);
    await expect(cascade).not.toHaveClass(/is-enhanced/);
    for (const step of STEPS) {
      await readStep(page, step);
      await expect.poll(() => chartSeenAt(page, step), { message: step }).toBe(step.replace('the-cascade-', ''));
    }
    // The other scrollies are not concerned.
    await page.goto('#the-shot-gpt4o');
    await expect(page.locator('.scrolly[data-chart="price-gap"]')).toHaveClass(/is-enhanced/);
  });
});

test.describe('a viewport too short to pin a chart (400% zoom of 1280×900)', () => {
  test.use({ viewport: { width: 320, height: 225 } });

  test('gets each step with its own chart, and no control to pin it', async ({ page }) => {
    await page.goto('');
    await expect.poll(() => page.evaluate(() => customElements.get('scrolly-story') !== undefined)).toBe(true);
    for (const step of STEPS) {
      await readStep(page, step);
      await expect.poll(() => chartSeenAt(page, step), { message: step }).toBe(step.replace('the-cascade-', ''));
    }
    await expect(page.locator('.scrolly[data-chart="cascade"] .scrolly-graphic')).not.toBeVisible();
    await expect(page.locator('.scrolly[data-chart="cascade"] .scrolly-toggle')).not.toBeVisible();
  });
});

test.describe('at 320 CSS pixels', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  const pages = readdirSync(fileURLToPath(new URL('../../dist/', import.meta.url)), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.includes('share/'))
    .map((file) => pageAddress(file.split('\\').join('/')));

  test(`every page of every edition fits the width (${pages.length} pages)`, async ({ page }) => {
    test.slow();
    for (const address of pages) {
      await page.goto(address);
      // Anything on screen past the right edge, outside a box that scrolls or clips on purpose (a table).
      const overflowing = await page.evaluate(() => {
        const clipped = (el: Element | null): boolean =>
          !!el && el !== document.body && (getComputedStyle(el).overflowX !== 'visible' || clipped(el.parentElement));
        return [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5 && el.checkVisibility())
          .filter((el) => !clipped(el.parentElement))
          .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`)
          .slice(0, 3);
      });
      expect(overflowing, `${address || '/'} at 320px`).toEqual([]);
    }
  });
});

test('every name on the stance map has something to show: their words, our paraphrase, or what they did', async ({
  page,
}) => {
  for (const path of ['', 'zh/']) {
    await page.goto(path);
    const excerpts = await page
      .locator('figure[data-chart="stances"] svg.chart-svg--wide a')
      .evaluateAll((links) => links.map((a) => [a.getAttribute('aria-label'), a.getAttribute('data-excerpt') ?? '']));
    expect(excerpts.length).toBeGreaterThan(10);
    for (const [name, excerpt] of excerpts) {
      // More than a label that something was paraphrased.
      expect((excerpt ?? '').replace(/\s*[(（](paraphrased|转述)[)）]\s*/, '').length, `${name}`).toBeGreaterThan(10);
    }
  }
});

test('with the stylesheet blocked, the charts still read: lines are lines, not black shapes', async ({ page }) => {
  await page.route('**/*.css', (route) => route.abort());
  // The pinned graphic, a drawing in the page once its scrolly is near (a step's drawing is an image that
  // carries its own style).
  await page.goto('#what-next-v32');
  const drawing = page.locator('.scrolly[data-chart="deepseek-path"] .scrolly-graphic svg.chart-svg--wide');
  const paint = await drawing.evaluate((svg) => {
    const of = (selector: string) => {
      const style = getComputedStyle(svg.querySelector(selector)!);
      return { fill: style.fill, stroke: style.stroke };
    };
    return { series: of('.series'), grid: of('line.grid'), band: of('rect.band') };
  });
  expect(paint.series.fill).toBe('none');
  expect(paint.series.stroke).not.toBe('none');
  expect(paint.grid.stroke).not.toBe('none');
  // A band behind the lines is pale, not a black block over them.
  expect(paint.band.fill).toBe('rgb(242, 239, 232)');
});
