/**
 * The build as a CDN serves it, with the headers of its own `_headers` file (scripts/serve.mjs applies
 * them as Netlify and Cloudflare Pages do): caching, the Content-Security-Policy and the rest of the
 * security headers on every file; no violation of the policy on any page; framing refused to the article
 * and allowed to embeds; a 404 page per edition; sitemap, robots.txt, manifest, icons and JSON-LD.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { builtFiles, EDITIONS, editionOf, pageAddress, scrollThrough, SECTION_IDS } from './helpers';

const files = builtFiles();
const pages = files.filter((file) => file.endsWith('.html'));

test.describe('headers', () => {
  test('every built file has its caching and the security headers; host files are not served', async ({ request }) => {
    expect(files.length).toBeGreaterThan(150);
    const problems: string[] = [];
    const check = (file: string, ok: boolean, what: string) => {
      if (!ok) problems.push(`${file}: ${what}`);
    };
    for (const file of files) {
      if (file === '_headers' || file === '_redirects') {
        const response = await request.get(file);
        check(file, response.status() === 404, `served with status ${response.status()}`);
        continue;
      }
      const response = await request.get(pageAddress(file));
      const headers = response.headers();
      check(file, response.status() === 200, `status ${response.status()}`);
      const hashed = file.startsWith('_astro/');
      check(
        file,
        headers['cache-control'] ===
          (hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate'),
        `cache-control "${headers['cache-control']}"`,
      );
      const csp = headers['content-security-policy'] ?? '';
      check(file, /(^|;\s*)script-src 'self'(;|,|$)/.test(csp), `no "script-src 'self'" in "${csp}"`);
      check(file, !/unsafe-(inline|eval)/.test(csp), `unsafe source in "${csp}"`);
      check(file, headers['x-content-type-options'] === 'nosniff', 'no nosniff');
      check(file, headers['referrer-policy'] === 'strict-origin-when-cross-origin', 'no referrer-policy');
      check(file, /camera=\(\)/.test(headers['permissions-policy'] ?? ''), 'no permissions-policy');
      check(file, !('set-cookie' in headers), 'sets a cookie');
      if (file.endsWith('.html')) {
        const embed = /(^|\/)embed\//.test(file);
        check(file, csp.includes(embed ? 'frame-ancestors *' : "frame-ancestors 'none'"), `framing policy in "${csp}"`);
        check(file, embed ? !('x-frame-options' in headers) : headers['x-frame-options'] === 'DENY', 'x-frame-options');
        check(file, /^text\/html/.test(headers['content-type'] ?? ''), `content-type ${headers['content-type']}`);
      }
      if (/(^|\/)(data|oembed)\//.test(file)) check(file, headers['access-control-allow-origin'] === '*', 'no CORS');
    }
    expect(problems).toEqual([]);
  });

  test('a page is revalidated with its ETag, and a hashed asset is never asked for again', async ({ request }) => {
    const first = await request.get('');
    const etag = first.headers()['etag'];
    expect(etag).toBeTruthy();
    const again = await request.get('', { headers: { 'If-None-Match': etag! } });
    expect(again.status()).toBe(304);
    const asset = files.find((file) => file.startsWith('_astro/') && file.endsWith('.css'))!;
    expect((await request.get(asset)).headers()['cache-control']).toContain('immutable');
  });

  test('a missing address is answered with a page’s protection: not framed, revalidated, Trusted Types', async ({
    request,
  }) => {
    // (Under embed/ a missing address may be framed, as the embed it stands for would have been.)
    for (const address of ['no-such-page/', 'zh/no-such-page/', 'zh-hant/nowhere/deeper/', 'nowhere.js']) {
      const response = await request.get(address);
      expect(response.status(), address).toBe(404);
      const headers = response.headers();
      expect(headers['x-frame-options'], address).toBe('DENY');
      expect(headers['content-security-policy'], address).toContain("frame-ancestors 'none'");
      expect(headers['cache-control'], address).toBe('public, max-age=0, must-revalidate');
      expect(headers['content-security-policy'], address).toContain("trusted-types 'none'");
    }
  });

  test('the server never sends a reader to another host', async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    for (const address of [
      '%2F127.0.0.1:1%2F..%2Fzh',
      '%2F%2Fevil.example%2Fzh',
      '%5C%5Cevil.example/zh',
      '..%2F..%2Fzh',
    ]) {
      const response = await request.get(`${baseURL}${address}`, { maxRedirects: 0 });
      const location = response.headers()['location'];
      if (location) expect(new URL(location, baseURL).origin, `${address} → ${location}`).toBe(origin);
      expect([301, 404], address).toContain(response.status());
    }
  });
});

/**
 * Records what the Content-Security-Policy refuses, across navigations: the browser's
 * `securitypolicyviolation` events, its console errors about the policy, uncaught errors and any
 * request to another origin. `take()` returns what was seen since it was last called.
 */
async function watchPolicy(page: Page, origin: string) {
  let seen: string[] = [];
  await page.exposeFunction('__policyViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __policyViolation: (text: string) => void }).__policyViolation;
      report(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Refused|Content Security Policy|Trusted/i.test(message.text()))
      seen.push(message.text());
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) seen.push(`request to ${request.url()}`);
  });
  return {
    take() {
      const taken = seen;
      seen = [];
      return taken;
    },
  };
}

test.describe('Content-Security-Policy', () => {
  test('the watch hears what the policy refuses: inline script, HTML strings, style attributes, other origins', async ({
    page,
    baseURL,
  }) => {
    const watch = await watchPolicy(page, new URL(baseURL!).origin);
    await page.goto('embed/chart/cuts/');
    const blocked = await page.evaluate(() => {
      const w = window as unknown as { __ran?: string[] };
      const script = document.createElement('script');
      try {
        script.text = '(window.__ran ??= []).push("inline")';
        document.head.append(script);
      } catch {
        // Trusted Types refuse the string before the policy on inline script would.
      }
      // Another origin's image, and a style attribute: refused by img-src and style-src.
      const image = new Image();
      image.src = 'http://example.invalid/pixel.png';
      document.body.append(image);
      const styled = document.createElement('p');
      styled.setAttribute('style', 'color: red');
      document.body.append(styled);
      const styles = getComputedStyle(styled).color;
      let html = 'inserted';
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src=x>');
      } catch {
        html = 'refused';
      }
      return { ran: w.__ran ?? [], html, styled: styles === 'rgb(255, 0, 0)' };
    });
    expect(blocked).toEqual({ ran: [], html: 'refused', styled: false });
    // The watch that the other tests rely on heard about each.
    let heard = '';
    await expect
      .poll(() => (heard += watch.take().join('\n')))
      .toMatch(/img-src[\s\S]*style-src|style-src[\s\S]*img-src/);
  });

  for (const edition of EDITIONS) {
    test(`${edition.name}: no page or embed breaks the policy or asks another origin for anything`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      const mine = pages.filter((file) => editionOf(file) === edition);
      expect(mine.length).toBeGreaterThan(25);
      const found: string[] = [];
      const watch = await watchPolicy(page, new URL(baseURL!).origin);
      for (const file of mine) {
        await page.goto(pageAddress(file));
        // A share page sends its reader on to the article's section.
        if (file.includes('share/')) await page.waitForURL(/#/);
        if (file === `${edition.path}index.html`) await scrollThrough(page);
        await page.waitForLoadState('load');
        for (const violation of watch.take()) found.push(`${file}: ${violation}`);
      }
      expect(found).toEqual([]);
      expect(await page.context().cookies()).toEqual([]);
      expect(await page.evaluate(() => document.cookie)).toBe('');
    });
  }
});

test.describe('framing', () => {
  let host: http.Server;
  let hostOrigin = '';
  test.beforeAll(async ({ baseURL }) => {
    const site = baseURL!.replace(/\/$/, '');
    host = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><title>A publisher</title>
<iframe id="article" src="${site}/" title="article" width="600" height="400"></iframe>
<iframe id="embed" src="${site}/embed/chart/cuts/" title="embed" width="600" height="400"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  test.afterAll(() => host?.close());

  test('another site may frame an embed but not the article', async ({ page }) => {
    await page.goto(`${hostOrigin}/`);
    const embed = page.frameLocator('#embed');
    // The framed chart shows its drawing (an image of its file, loaded).
    const drawing = embed.locator('img.chart-svg:visible');
    await expect(drawing).toHaveCount(1);
    await expect.poll(() => drawing.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    // A refused frame is left with the browser's error page, and none of the article.
    const article = await page.locator('#article').elementHandle();
    await expect.poll(async () => (await article!.contentFrame())?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('#article').locator('#hero')).toHaveCount(0);
  });
});

test.describe('not found', () => {
  for (const edition of EDITIONS) {
    test(`${edition.name}: a missing address gets its edition's 404 page, with the way back`, async ({ page }) => {
      const response = await page.goto(`${edition.path}no-such-page/`);
      expect(response!.status()).toBe(404);
      expect(await page.locator('html').getAttribute('lang')).toBe(edition.lang);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
      await expect(page.locator('h1')).toBeVisible();
      // Its styles loaded, though the address is one folder deeper than the page.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/);
      const links = page.locator('.not-found a');
      expect(await links.count()).toBe(SECTION_IDS.length);
      const start = await links.first().getAttribute('href');
      expect(start).toBe(`/${edition.path}`);
      for (const href of await links.evaluateAll((all) => all.slice(1).map((a) => a.getAttribute('href')!))) {
        expect(href).toMatch(new RegExp(`^/${edition.path}#[a-z-]+$`));
      }
      await links.nth(2).click();
      await expect(page).toHaveURL(new RegExp(`/${edition.path}#`));
      await expect(page.locator('main article')).toBeVisible();
    });
  }
});

test.describe('what search engines and home screens read', () => {
  test('the sitemap lists each edition once with its hreflang alternates; robots.txt points to it', async ({
    request,
  }) => {
    const robots = await (await request.get('robots.txt')).text();
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemapUrl).toMatch(/^https?:\/\/[^/]+\/.*sitemap-index\.xml$/);
    const index = await (await request.get(new URL(sitemapUrl!).pathname.slice(1))).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBe(1);
    const sitemap = await (await request.get(new URL(sitemaps[0]!).pathname.slice(1))).text();
    const urls = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    expect(urls.length).toBe(EDITIONS.length);
    for (const edition of EDITIONS) {
      const entry = urls.find((url) => new URL(/<loc>([^<]+)<\/loc>/.exec(url)![1]!).pathname === `/${edition.path}`);
      expect(entry, edition.name).toBeTruthy();
      const alternates = Object.fromEntries(
        [...entry!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]),
      );
      expect(alternates).toEqual(Object.fromEntries(EDITIONS.map((e) => [e.lang, `/${e.path}`])));
    }
  });

  for (const edition of EDITIONS) {
    test(`${edition.name}: the manifest and its icons, the touch icon, and the NewsArticle metadata`, async ({
      page,
      request,
    }) => {
      await page.goto(edition.path);
      const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifestResponse = await request.get(manifestHref!);
      expect(manifestResponse.headers()['content-type']).toMatch(/manifest\+json|application\/json/);
      const manifest = await manifestResponse.json();
      expect(manifest.lang).toBe(edition.lang);
      expect(manifest.start_url).toBe(`/${edition.path}`);
      expect(manifest.short_name).toBe(await page.locator('meta[property="og:site_name"]').getAttribute('content'));
      expect(manifest.icons.some((icon: { purpose: string }) => icon.purpose === 'maskable')).toBe(true);
      const icons = [
        ...manifest.icons,
        { src: await page.locator('link[rel="apple-touch-icon"]').getAttribute('href'), sizes: '180x180' },
      ];
      for (const icon of icons) {
        const png = await (await request.get(icon.src)).body();
        // A PNG's width and height are the two big-endian words after its IHDR tag.
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
      }

      const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      expect(data.inLanguage).toBe(edition.lang);
      expect(data.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
      expect(data.headline.length).toBeGreaterThan(3);
      expect(data.headline.length).toBeLessThanOrEqual(110);
      expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(data.image[0]).toMatch(/^https?:\/\/.+\.png$/);
      expect(data.publisher.name).toBeTruthy();
      // The original reporting is credited in the metadata too.
      expect(data.isBasedOn.publisher.name).toMatch(/Jiemian|界面/);
      expect(data.isBasedOn.author.length).toBe(2);
    });
  }
});
