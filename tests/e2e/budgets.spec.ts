/**
 * Byte budgets, read from the build, and the promise behind them: a reader on a slow phone sees the
 * first screen (the hero and its first paragraph) complete before any script arrives, and nothing on
 * it moves when the scripts do run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { EDITIONS } from './helpers';

const dist = new URL('../../dist/', import.meta.url);
const gzipped = (path: string) => gzipSync(readFileSync(new URL(path, dist))).length;
const KB = 1024;

for (const edition of EDITIONS) {
  // The budget for the whole article is 30 KB; drawings are files of their own, and what is left
  // is what a reader without JavaScript reads (README, "Performance", says where the rest goes). This
  // holds the line where it is.
  test(`${edition.name}: the article's HTML is at most 35 KB and its CSS at most 10 KB, gzipped`, async () => {
    const page = `${edition.path}index.html`;
    const html = gzipped(page);
    expect(html).toBeGreaterThan(20 * KB);
    expect(html, `${page}: ${html} bytes gzipped`).toBeLessThanOrEqual(35 * KB);
    const stylesheets = [
      ...readFileSync(new URL(page, dist), 'utf8').matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g),
    ].map((m) => m[1]!);
    expect(stylesheets.length).toBeGreaterThan(0);
    const css = stylesheets.reduce((sum, file) => sum + gzipped(file), 0);
    expect(css, `${stylesheets.join(', ')}: ${css} bytes gzipped`).toBeLessThanOrEqual(10 * KB);
  });

  test(`${edition.name}: the article's HTML up to its second section is at most 20 KB gzipped`, async () => {
    const html = readFileSync(new URL(`${edition.path}index.html`, dist), 'utf8');
    const second = html.search(/<section[^>]*\bid="the-quant"/);
    expect(second, 'the second section is there').toBeGreaterThan(0);
    // The first screen (masthead, hero, dek, byline, first paragraph) comes before it.
    expect(html.slice(0, second)).toContain('class="hero');
    const bytes = gzipSync(html.slice(0, second)).length;
    expect(bytes, `${bytes} bytes gzipped`).toBeLessThanOrEqual(20 * KB);
  });

  test(`${edition.name}: with JavaScript off, no chart is missing: every step and every chart shows its drawing`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(edition.path);
    const missing = await page.evaluate(() => {
      // A chart's drawing inline, or a step's drawing as an image, loaded.
      const shown = (el: Element) => {
        const drawing = [...el.querySelectorAll('svg[data-layout], img[data-layout]')].find(
          (d) => d.getBoundingClientRect().width > 0,
        );
        const loaded = !(drawing instanceof HTMLImageElement) || (drawing.complete && drawing.naturalWidth > 0);
        return drawing !== undefined && loaded && getComputedStyle(drawing).visibility !== 'hidden';
      };
      const steps = [...document.querySelectorAll('.scrolly-step')].filter((step) => !shown(step)).map((s) => s.id);
      const charts = [...document.querySelectorAll('.chart:not(.scrolly) .chart-frame')]
        .filter((frame) => !shown(frame))
        .map((frame) => frame.closest('.chart')?.id ?? '?');
      return {
        steps,
        charts,
        counted: document.querySelectorAll('.scrolly-step, .chart:not(.scrolly) .chart-frame').length,
      };
    });
    expect(missing.counted).toBeGreaterThan(30);
    expect(missing.steps).toEqual([]);
    expect(missing.charts).toEqual([]);
    await context.close();
  });
}

/** Where the first screen's parts are, and whether they are painted. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const parts = ['#hero-title', '#hero .dek', '#hero .byline', '#hero .hero-figure', '#hero .prose > p'];
    return parts.map((selector) => {
      const el = document.querySelector(selector);
      if (!el) return `${selector}: missing`;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const shown = style.visibility === 'visible' && Number(style.opacity) > 0 && box.height > 0;
      return `${selector}: ${shown ? 'shown' : 'hidden'} at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;
    });
  });
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height}, the first screen is whole before any script runs, and does not move when they do`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    for (const edition of EDITIONS) {
      // Hold every script back until the page has been looked at.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let scripts = 0;
      await page.route(/\/_astro\/.*\.js$/, async (route) => {
        scripts++;
        await held;
        await route.continue();
      });
      await page.goto(edition.path, { waitUntil: 'commit' });
      // Parsed, its stylesheets applied and its fonts in: what a reader sees while the scripts are held.
      await page.waitForFunction(
        () =>
          document.readyState !== 'loading' &&
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet) &&
          document.fonts.status === 'loaded',
      );
      await expect.poll(() => scripts).toBeGreaterThan(0);
      const before = await firstScreen(page);
      expect(
        before.every((part) => part.includes('shown')),
        before.join('\n'),
      ).toBe(true);
      // The title is on the first screen, not pushed off it by anything waiting for a script.
      const titleTop = await page.locator('#hero-title').evaluate((h) => h.getBoundingClientRect().top);
      expect(titleTop).toBeLessThan(viewport.height / 2);
      expect(await page.evaluate(() => document.querySelector('[data-enhanced], .is-enhanced') === null)).toBe(true);

      release();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
      expect(await firstScreen(page)).toEqual(before);
      await page.unrouteAll({ behavior: 'wait' });
    }
  });
}

for (const edition of EDITIONS) {
  test(`${edition.name}: the scripts the article loads weigh at most 25 KB gzipped`, async ({ page }) => {
    await page.goto(edition.path);
    // The boot module loads what the page has after the first paint: wait until the network is quiet.
    await page.waitForLoadState('networkidle');
    const loaded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => new URL(e.name).pathname),
    );
    expect(
      loaded.some((path) => /scrolly-story/.test(path)),
      'the scroll module is among them',
    ).toBe(true);
    // The embed-only modules (the host's word, the frame's height) are not.
    expect(loaded.filter((path) => /host-viewport|embed-height/.test(path))).toEqual([]);
    const bytes = loaded.reduce((sum, path) => sum + gzipped(path.replace(/^\//, '')), 0);
    expect(bytes, `${loaded.length} scripts, ${bytes} bytes gzipped`).toBeLessThanOrEqual(25 * KB);
  });
}

test('all the client JavaScript of the article weighs at most 40 KB gzipped', async ({ page }) => {
  const files = readdirSync(new URL('_astro/', dist)).filter((f) => f.endsWith('.js'));
  let bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(new URL(`_astro/${f}`, dist))).length, 0);
  // Scripts small enough to be inlined into the page count too.
  for (const path of ['index.html', 'zh/index.html', 'zh-hant/index.html']) {
    const html = readFileSync(new URL(path, dist), 'utf8');
    // (The JSON-LD block is data, not script.)
    const inline = [
      ...html.matchAll(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g),
    ]
      .map((m) => m[1])
      .join('');
    bytes += gzipSync(inline).length;
  }
  expect(bytes).toBeGreaterThan(1_000);
  expect(bytes).toBeLessThanOrEqual(40 * 1024);
  // And the pages load exactly these scripts, from this server.
  await page.goto('');
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => e.name),
  );
  for (const url of loaded) expect(files.some((f) => url.endsWith(f))).toBe(true);
});
