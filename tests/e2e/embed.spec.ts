import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { EDITIONS, SECTION_IDS } from './helpers';

const CHARTS = [
  'gpu-stock',
  'price-gap',
  'cascade',
  'cuts',
  'voices-holdouts',
  'yuan-buys',
  'voices-investors',
  'stances',
  'deepseek-path',
];
const SLUGS = [...SECTION_IDS, ...CHARTS.map((c) => `chart/${c}`)];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * A publisher's page on another origin (a second local port): one section embedded with the real pym.js
 * parent library, one chart with our host script, and a frame of its own that forges messages.
 */
let host: http.Server;
let hostOrigin = '';

test.beforeAll(async ({ baseURL }) => {
  const site = baseURL!.replace(/\/$/, '');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A publisher</title>
<style>body{margin:0;font-family:sans-serif}</style></head><body>
<h1>A publisher's page</h1>
<div id="pym-embed"></div>
<script src="/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('pym-embed', '${site}/zh/embed/the-cascade/', {});</script>
<iframe id="own" src="${site}/embed/chart/cuts/" title="How deep the cuts went" data-price-butcher-embed style="width:100%;border:0" height="300"></iframe>
<script src="${site}/embed.js"></script>
</body></html>`;
  // A frame on the publisher's origin that claims to be our embed and asks for a huge height.
  const forger = `<!doctype html><title>forger</title><script>
parent.postMessage({ 'datawrapper-height': { forged: 4321 } }, '*');
</script>`;
  host = http.createServer((req, res) => {
    if (req.url === '/pym.v1.min.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url)));
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(req.url === '/forger' ? forger : page);
    }
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => host?.close());

async function frames(page: Page): Promise<{ pym: Frame; own: Frame }> {
  await expect.poll(() => page.frames().length).toBeGreaterThanOrEqual(3);
  const pym = page.frames().find((f) => f.url().includes('/zh/embed/the-cascade/'))!;
  const own = page.frames().find((f) => f.url().includes('/embed/chart/cuts/'))!;
  return { pym, own };
}

const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const frameHeight = (page: Page, selector: string) =>
  page.locator(selector).evaluate((f) => f.getBoundingClientRect().height);

test('embeds fit their content within 2 px at 320, 768 and 1280 px, with no inner scrollbar', async ({ page }) => {
  test.slow();
  await page.goto(`${hostOrigin}/`);
  const { pym, own } = await frames(page);
  const heights: Record<number, number> = {};
  for (const width of [320, 768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [frame, selector] of [
      [pym, '#pym-embed iframe'],
      [own, '#own'],
    ] as const) {
      // Browsers pause the rendering of cross-origin frames that are off screen, so look at each in turn.
      await page.locator(selector).scrollIntoViewIfNeeded();
      await expect
        .poll(async () => Math.abs((await frameHeight(page, selector)) - (await contentHeight(frame))), {
          message: `${selector} at ${width}`,
        })
        .toBeLessThanOrEqual(2);
      const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      expect(scrolls, `${selector} at ${width} has no inner scrollbar`).toBeLessThanOrEqual(1);
    }
    heights[width] = await frameHeight(page, '#pym-embed iframe');
  }
  // The section is shorter on a wider page: the iframe shrinks as well as grows.
  expect(heights[1280]).toBeLessThan(heights[320]!);
});

test('our host script ignores messages from other windows and other origins', async ({ page }) => {
  await page.goto(`${hostOrigin}/`);
  const { own } = await frames(page);
  await expect
    .poll(async () => Math.abs((await frameHeight(page, '#own')) - (await contentHeight(own))))
    .toBeLessThanOrEqual(2);
  const before = await frameHeight(page, '#own');
  // From the publisher's own window, claiming our message format.
  await page.evaluate(() => window.postMessage({ 'datawrapper-height': { forged: 4321 } }, '*'));
  // From a frame on another origin than ours.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, `${hostOrigin}/forger`);
  await page.waitForTimeout(500);
  expect(await frameHeight(page, '#own')).toBe(before);
});

test('every oEmbed file has the required fields, and its addresses resolve', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Built for a placeholder site; the paths are what must exist here.
  const local = (url: string) => `${origin}${new URL(url).pathname}`;
  for (const edition of EDITIONS) {
    for (const slug of SLUGS) {
      const response = await request.get(
        `oembed/${edition.path ? edition.path.replace(/\/$/, '') : 'en'}/${slug}.json`,
      );
      expect(response.status(), `${edition.name} ${slug}`).toBe(200);
      const body = await response.json();
      expect(body).toMatchObject({
        type: 'rich',
        version: '1.0',
        width: expect.any(Number),
        height: expect.any(Number),
      });
      for (const field of ['html', 'title', 'provider_name', 'provider_url', 'thumbnail_url']) {
        expect(typeof body[field], `${slug} ${field}`).toBe('string');
      }
      expect(body.thumbnail_width).toBe(1200);
      expect(body.thumbnail_height).toBe(630);
      const src = /src="([^"]+)"/.exec(body.html)![1]!;
      expect(src).toContain(`embed/${slug}/`);
      for (const url of [src, body.thumbnail_url, body.provider_url]) {
        expect((await request.get(local(url))).status(), url).toBe(200);
      }
    }
  }
});

test('embed pages credit the article, stay out of search, and point to their oEmbed and share image', async ({
  page,
  request,
}) => {
  await page.goto('zh-hant/embed/chart/stances/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/zh-hant\/#investors$/);
  const credit = page.locator('.embed-credit a');
  await expect(credit).toHaveAttribute('target', '_top');
  expect(await credit.getAttribute('href')).toMatch(/\/zh-hant\/#investors$/);
  await expect(credit).toContainText('據界面新聞記者陳振芳、伍洋宇的報導');
  const oembed = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
  expect(new URL(oembed!).pathname).toBe('/oembed/zh-hant/chart/stances.json');
  // Links out of the frame go to the full article.
  const link = page.locator('svg:visible a').first();
  await expect(link).toHaveAttribute('target', '_top');
  expect(await link.getAttribute('href')).toMatch(/^\/zh-hant\/#/);
  await expect(page.locator('.masthead, .embed-control')).toHaveCount(0);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect((await request.get(new URL(image!).pathname)).status()).toBe(200);
});

test('every embed page passes axe', async ({ page }) => {
  test.slow();
  for (const edition of EDITIONS) {
    for (const slug of SLUGS) {
      await page.goto(`${edition.path}embed/${slug}/`);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${edition.name} ${slug} ${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual(
        [],
      );
    }
  }
});

test('the share images exist at the size the pages declare', async ({ page, request }) => {
  const pngSize = (buffer: Buffer) => ({ width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) });
  for (const edition of EDITIONS) {
    for (const section of SECTION_IDS) {
      const response = await request.get(`og/${edition.path ? edition.path.replace(/\/$/, '') : 'en'}/${section}.png`);
      expect(response.status(), `${edition.name} ${section}`).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
    await page.goto(edition.path);
    expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('1200');
    expect(await page.locator('meta[property="og:image:height"]').getAttribute('content')).toBe('630');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect((await request.get(new URL(image!).pathname)).status()).toBe(200);
  }
});

test('a share page shows its section’s image to link previews and sends readers to the section', async ({ page }) => {
  await page.goto('zh/share/the-cascade/');
  await expect(page).toHaveURL(/\/zh\/#the-cascade$/);
  await expect(page.locator('#the-cascade h2')).toBeInViewport();
});

test('the embed control shows the snippet, by keyboard, and copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('');
  const control = page.locator('#the-cascade .section-head .embed-control');
  const summary = control.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(control.locator('pre').first()).toBeVisible();
  await expect(control.locator('pre').first()).toContainText('data-price-butcher-embed');
  await expect(control.locator('pre').nth(1)).toContainText('new pym.Parent');
  await control.getByRole('button', { name: 'Copy' }).first().click();
  await expect(control.getByRole('status')).toHaveText('Copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('/embed/the-cascade/');
  expect(copied).toContain('/embed.js');
});
