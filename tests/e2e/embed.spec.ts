import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { EDITIONS, misfit, publishedSnippet, SECTION_IDS } from './helpers';

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
/**
 * A publisher's page on another origin (a second local port): one section embedded twice with the pym.js
 * snippet we publish, pasted as a publisher copies it from our page, and one chart with our host script.
 * The same server, under another host name (localhost rather than 127.0.0.1), is a third origin: an ad
 * frame or a page that opens the publisher's, forging messages.
 */
let host: http.Server;
let hostOrigin = '';
let attackerOrigin = '';

test.beforeAll(async ({ baseURL, request }) => {
  const site = baseURL!.replace(/\/$/, '');
  const siteOrigin = new URL(site).origin;
  // The build writes absolute addresses for its public origin; this test serves it elsewhere.
  const published = (await (await request.get(`${site}/zh/`)).text())
    .replaceAll('https://price-butcher.example', siteOrigin)
    .replaceAll('https://price-butcher\\.example', siteOrigin.replace(/[.]/g, '\\.'));
  const pymSnippet = publishedSnippet(published, `data-pym-src="${site}/zh/embed/the-cascade/?scroll=host"`);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A publisher</title>
<style>body{margin:0;font-family:sans-serif}</style></head><body>
<h1>A publisher's page</h1>
<section id="pym-embed">${pymSnippet}</section>
<iframe id="own" src="${site}/embed/chart/cuts/" title="How deep the cuts went" data-price-butcher-embed style="width:100%;border:0" height="300"></iframe>
<script src="${site}/embed.js"></script>
<section id="pym-again">${pymSnippet}</section>
</body></html>`;
  // A frame that claims to be our embed: each message is given in the query string.
  const forger = `<!doctype html><title>forger</title><script>
for (const message of JSON.parse(decodeURIComponent(location.search.slice(1)))) parent.postMessage(message, '*');
</script>`;
  // An embed with our host script far down a long page; and embeds in sandboxed frames.
  const offscreen = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long page</title></head>
<body style="margin:0"><div style="height:3000px">Text above</div>
<iframe id="far" src="${site}/embed/chart/cuts/" title="How deep the cuts went" data-price-butcher-embed style="width:100%;border:0" height="300"></iframe>
<script src="${site}/embed.js"></script></body></html>`;
  const sandboxed = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed</title></head><body>
<iframe id="no-scripts" sandbox="" src="${site}/embed/chart/cuts/" title="cuts" style="width:100%;border:0" height="300"></iframe>
<iframe id="no-origin" sandbox="allow-scripts" src="${site}/embed/chart/cuts/" title="cuts" style="width:100%;border:0" height="300"></iframe>
</body></html>`;
  const routes: Record<string, string> = {
    '/opener': '<!doctype html><title>opener</title>',
    '/offscreen': offscreen,
    '/sandboxed': sandboxed,
  };
  host = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.url?.startsWith('/forger') ? forger : (routes[req.url ?? ''] ?? page));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const port = (host.address() as AddressInfo).port;
  hostOrigin = `http://127.0.0.1:${port}`;
  attackerOrigin = `http://localhost:${port}`;
});

test.afterAll(() => host?.close());

async function frames(page: Page): Promise<{ pym: Frame; own: Frame }> {
  const find = (part: string) => page.frames().find((f) => f.url().includes(part));
  await expect.poll(() => Boolean(find('/zh/embed/the-cascade/') && find('/embed/chart/cuts/'))).toBe(true);
  return { pym: find('/zh/embed/the-cascade/')!, own: find('/embed/chart/cuts/')! };
}

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
        .poll(() => misfit(frame), {
          message: `${selector} at ${width}`,
        })
        .toBeLessThanOrEqual(2);
      const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight);
      expect(scrolls, `${selector} at ${width} has no inner scrollbar`).toBeLessThanOrEqual(1);
    }
    heights[width] = await frameHeight(page, '#pym-embed iframe');
  }
  // The section is shorter on a wider page (its text wraps less; at 1280 it pins its chart beside the
  // steps, a layout of its own): the iframe shrinks as well as grows.
  expect(heights[768]).toBeLessThan(heights[320]!);
});

/** Starts recording, in the page, every message it receives that contains `marker`. */
const recordMessages = (page: Page, marker: string) =>
  page.evaluate((m) => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    // Added after the embeds' own listeners: by the time a message is recorded, they have handled it.
    addEventListener('message', (event) => {
      const text = typeof event.data === 'string' ? event.data : JSON.stringify(event.data);
      if (text.includes(m)) seen.push(text);
    });
  }, marker);
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen.length);

/** Adds a frame from `origin` that posts these messages to the page. */
const forge = (page: Page, origin: string, messages: unknown[]) =>
  page.evaluate(
    (src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
    },
    `${origin}/forger?${encodeURIComponent(JSON.stringify(messages))}`,
  );

test('our host script ignores messages from other windows and other origins', async ({ page }) => {
  await page.goto(`${hostOrigin}/`);
  const { own } = await frames(page);
  await expect.poll(() => misfit(own)).toBeLessThanOrEqual(2);
  const before = await frameHeight(page, '#own');
  await recordMessages(page, 'datawrapper-height');
  const forged = { 'datawrapper-height': { forged: 4321 } };
  // From the publisher's own window, claiming our message format; then from a frame on another origin.
  await page.evaluate((message) => window.postMessage(message, '*'), forged);
  await forge(page, attackerOrigin, [forged]);
  // Both forgeries arrived and were handled; the frame kept its height.
  await expect.poll(() => recorded(page)).toBeGreaterThanOrEqual(2);
  expect(await frameHeight(page, '#own')).toBe(before);
});

test.describe('the pym.js snippet we publish', () => {
  test('sizes each embed to its content, and pasted twice makes two embeds', async ({ page }) => {
    await page.goto(`${hostOrigin}/`);
    const ids = await page.locator('[data-pym-src]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size, 'each pasted embed has an id of its own').toBe(2);
    for (const selector of ['#pym-embed iframe', '#pym-again iframe']) {
      await page.locator(selector).scrollIntoViewIfNeeded();
      const frame = (await page.locator(selector).elementHandle())!;
      const content = (await frame.contentFrame())!;
      await expect
        .poll(() => misfit(content), {
          message: selector,
        })
        .toBeLessThanOrEqual(2);
    }
  });

  /** pym's messages to its parent, as a forger would write them for the first embed on the page. */
  const forgeries = (id: string) => [
    `pymxPYMx${id}xPYMxnavigateToxPYMx${attackerOrigin}/stolen`,
    `pymxPYMx${id}xPYMxheightxPYMx40`,
    `pymxPYMx${id}xPYMxscrollToChildPosxPYMx5000`,
  ];

  async function expectUntouched(page: Page, before: { url: string; height: number; scroll: number }) {
    // Every forgery arrived and was handled before these checks.
    await expect.poll(() => recorded(page)).toBeGreaterThanOrEqual(3);
    expect(page.url()).toBe(before.url);
    expect(await frameHeight(page, '#pym-embed iframe')).toBe(before.height);
    expect(await page.evaluate(() => scrollY)).toBe(before.scroll);
  }

  async function settled(page: Page) {
    const { pym } = await frames(page);
    await expect.poll(() => misfit(pym)).toBeLessThanOrEqual(2);
    return {
      id: await page.locator('#pym-embed [data-pym-src]').getAttribute('id'),
      before: { url: page.url(), height: await frameHeight(page, '#pym-embed iframe'), scroll: 0 },
    };
  }

  test('ignores navigateTo, height and scroll messages from a frame on another origin', async ({ page }) => {
    await page.goto(`${hostOrigin}/`);
    const { id, before } = await settled(page);
    await recordMessages(page, 'xPYMx');
    await forge(page, attackerOrigin, forgeries(id!));
    await expectUntouched(page, before);
  });

  test('ignores them from a page that opened the publisher’s', async ({ page, context }) => {
    await page.goto(`${attackerOrigin}/opener`);
    const [publisher] = await Promise.all([
      context.waitForEvent('page'),
      page.evaluate((url) => {
        (window as unknown as { opened: Window }).opened = window.open(url)!;
      }, `${hostOrigin}/`),
    ]);
    await publisher.waitForLoadState();
    const { id, before } = await settled(publisher);
    await recordMessages(publisher, 'xPYMx');
    await page.evaluate((messages) => {
      for (const message of messages) (window as unknown as { opened: Window }).opened.postMessage(message, '*');
    }, forgeries(id!));
    await expectUntouched(publisher, before);
  });
});

test.describe('an embed is a good guest', () => {
  test('its links out open a new tab, since most sites refuse to be framed', async ({ page }) => {
    for (const slug of ['hero', 'sources']) {
      await page.goto(`embed/${slug}/`);
      const links = await page.locator('a[href^="http"]').evaluateAll((all) =>
        all.map((a) => ({
          href: a.getAttribute('href'),
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel'),
        })),
      );
      expect(links.length, slug).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.target, link.href!).toBe('_blank');
        expect(link.rel, link.href!).toContain('noopener');
      }
    }
  });

  test('it loads no script it does not use: no scroll module in a flat embed', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('embed/the-cascade/');
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => /\/scrolly-story\./.test(url))).toEqual([]);
  });

  test('resized while out of sight, it takes its right height when scrolled into view', async ({ page }) => {
    await page.goto(`${hostOrigin}/offscreen`);
    const frame = page.frames().find((f) => f.url().includes('/embed/chart/cuts/'))!;
    await expect.poll(() => frame.evaluate(() => document.readyState)).toBe('complete');
    await page.setViewportSize({ width: 400, height: 800 });
    await page.waitForTimeout(300);
    await page.locator('#far').scrollIntoViewIfNeeded();
    await expect.poll(() => misfit(frame)).toBeLessThanOrEqual(2);
  });

  test('in a sandbox that stops it sizing itself, it says so and links to the story', async ({ page }) => {
    await page.goto(`${hostOrigin}/sandboxed`);
    for (const id of ['no-scripts', 'no-origin']) {
      const note = page.frameLocator(`#${id}`).locator('.embed-unsized');
      await expect(note, id).toBeVisible();
      await expect(note.locator('a'), id).toHaveAttribute('href', /#investors$|#the-cascade$/);
    }
  });
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
  // pym's own markup, restricted to messages from our origin; no inline script to paste.
  await expect(control.locator('pre').nth(1)).toContainText('data-pym-xdomain="^https://price-butcher\\.example"');
  await expect(control.locator('pre').nth(1)).not.toContainText('<script>');
  await control.getByRole('button', { name: 'Copy' }).first().click();
  await expect(control.getByRole('status')).toHaveText('Copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('/embed/the-cascade/');
  expect(copied).toContain('/embed.js');
});
