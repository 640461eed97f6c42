/**
 * The site moved under a nested sub-path of another host, as a newsroom's CDN would hold it: built with
 * SITE_URL and BASE_PATH into a folder of its own, served from that prefix only by a plain static
 * server (scripts/serve.mjs: sirv, with the build's `_headers`), then crawled. Every page, asset, data
 * file, oEmbed file, sitemap and manifest is fetched; every reference in them (links, sources, meta
 * URLs, embed snippets, JSON and XML URLs, CSS urls, fragments) must resolve inside the prefix; and
 * a browser reading the editions, an embed, a share page and a 404 page asks for nothing outside it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { serve } from '../../scripts/serve.mjs';
import { builtFiles, EDITIONS, pageAddress, scrollThrough } from './helpers';

const SITE = 'https://news.example.org';
const PREFIX = '/news/2024/price-war/';

test.describe.configure({ mode: 'serial' });

let outDir = '';
let server: { url: string; close: () => Promise<void> } | undefined;
let local = '';

test.beforeAll(async () => {
  test.setTimeout(600_000);
  outDir = mkdtempSync(join(tmpdir(), 'price-butcher-subpath-'));
  const root = new URL('../../', import.meta.url).pathname;
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], {
    cwd: root,
    env: { ...process.env, SITE_URL: SITE, BASE_PATH: PREFIX, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  server = await serve({ dir: outDir, base: PREFIX, port: 0 });
  local = new URL(server.url).origin;
});

test.afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The text of an HTML attribute with its character references decoded. */
function unescape(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every URL a file refers to, as written: attributes, CSS urls, JSON and XML values, and full URLs of
 * the site anywhere in the text (in embed snippets, JSON-LD and share links). */
function references(type: string, text: string): string[] {
  const found: string[] = [];
  const absolute = new RegExp(`${SITE.replace(/[.]/g, '\\.')}[^\\s"'<>&)\\\\]*`, 'g');
  for (const body of [text, unescape(text), decoded(unescape(text))]) {
    for (const match of body.matchAll(absolute)) found.push(match[0]);
  }
  if (type.includes('html')) {
    for (const [, name, value] of text.matchAll(/\s(href|src|srcset|poster|content)="([^"]*)"/g)) {
      const plain = unescape(value!);
      if (name === 'srcset') found.push(...plain.split(',').map((part) => part.trim().split(/\s+/)[0]!));
      else if (name === 'content') {
        const refresh = /^\d+;\s*url=(.+)$/i.exec(plain);
        if (refresh) found.push(refresh[1]!);
        else if (/^(\/|https?:)/.test(plain)) found.push(plain);
      } else found.push(plain);
    }
  } else if (type.includes('css')) {
    for (const [, url] of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) found.push(url!);
  } else if (type.includes('json')) {
    const walk = (value: unknown): void => {
      if (typeof value === 'string' && /^(\/|https?:)/.test(value)) found.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(JSON.parse(text));
  } else if (type.includes('xml')) {
    for (const [, url] of text.matchAll(/(?:<loc>|href=")([^<"]+)/g)) found.push(url!);
  }
  return found.filter((url) => !/^(mailto:|data:|javascript:|tel:)/.test(url) && url !== '');
}

test('every page and asset of every edition resolves inside the prefix, with nothing broken', async () => {
  test.setTimeout(300_000);
  const files = builtFiles(new URL(`file://${outDir}/`)).filter((f) => f !== '_headers' && f !== '_redirects');
  expect(files.length).toBeGreaterThan(150);
  const problems: string[] = [];
  /** Page ids, by URL without fragment, for checking the fragments links ask for. */
  const ids = new Map<string, Set<string>>();
  const fragments: { from: string; url: string; id: string }[] = [];
  const linked = new Set<string>();
  const fetched = new Set<string>();
  const queue: string[] = [
    ...EDITIONS.map((e) => `${local}${PREFIX}${e.path}`),
    ...files.map((f) => `${local}${PREFIX}${pageAddress(f)}`),
  ];

  /** A reference as a local URL, or a problem if it leaves the prefix of our own site. */
  const resolve = (from: string, ref: string): URL | undefined => {
    let url: URL;
    if (ref.startsWith(SITE)) {
      const path = ref.slice(SITE.length) || '/';
      if (!path.startsWith(PREFIX)) {
        problems.push(`${from}: ${ref} is outside ${PREFIX}`);
        return undefined;
      }
      url = new URL(path, local);
    } else {
      url = new URL(ref, from);
      if (url.origin !== local) return undefined; // another site: a link out, never fetched by a page
      if (!url.pathname.startsWith(PREFIX)) {
        problems.push(`${from}: ${ref} resolves outside ${PREFIX} (${url.pathname})`);
        return undefined;
      }
    }
    return url;
  };

  while (queue.length > 0) {
    const address = queue.shift()!;
    if (fetched.has(address)) continue;
    fetched.add(address);
    const response = await fetch(address, { redirect: 'manual' });
    if (response.status === 301) {
      const to = new URL(response.headers.get('location')!, address).href;
      problems.push(`${address}: redirected to ${to} (links should name the folder with its slash)`);
      continue;
    }
    if (response.status !== 200) {
      problems.push(`${address}: status ${response.status}`);
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/html|css|json|xml|text\/plain/.test(type)) continue;
    const text = await response.text();
    if (type.includes('html')) ids.set(address, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    for (const ref of references(type, text)) {
      const url = resolve(address, ref);
      if (!url) continue;
      if (url.hash)
        fragments.push({ from: address, url: `${url.origin}${url.pathname}`, id: decoded(url.hash.slice(1)) });
      const target = `${url.origin}${url.pathname}`;
      linked.add(target);
      if (!fetched.has(target)) queue.push(target);
    }
    // robots.txt names the sitemap.
    if (type.includes('text/plain')) {
      for (const [, url] of text.matchAll(/^Sitemap: (\S+)$/gm)) {
        const target = resolve(address, url!);
        if (target) queue.push(target.href);
      }
    }
  }

  for (const { from, url, id } of fragments) {
    if (ids.has(url) && !ids.get(url)!.has(id)) problems.push(`${from}: #${id} names nothing in ${url}`);
  }
  expect(problems).toEqual([]);

  // Every page but the 404 pages is reached by following the site's own references.
  const unreached = files
    .filter((f) => f.endsWith('.html') && !f.endsWith('404.html'))
    .map((f) => `${local}${PREFIX}${pageAddress(f)}`)
    .filter((url) => !linked.has(url));
  expect(unreached).toEqual([]);
  expect(fragments.length).toBeGreaterThan(100);

  // And the absolute URLs carry the prefix: the sitemap, the canonical, the share image, the oEmbed file.
  const article = await (await fetch(`${local}${PREFIX}zh/`)).text();
  const at = `${SITE}${PREFIX}`;
  expect(article).toContain(`<link rel="canonical" href="${at}zh/">`);
  expect(article).toMatch(new RegExp(`<meta property="og:image" content="${at}og/zh/[a-z-]+\\.png"`));
  expect(article).toMatch(new RegExp(`type="application/json\\+oembed"[^>]*href="${at}oembed/zh/`));
  expect(await (await fetch(`${local}${PREFIX}robots.txt`)).text()).toContain(`Sitemap: ${at}sitemap-index.xml`);
});

test('a reader of every edition, an embed, a share page and a 404 page asks for nothing outside the prefix', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:') return;
    if (url.origin !== local || !url.pathname.startsWith(PREFIX)) outside.push(request.url());
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && !url.pathname.includes('no-such-page')) failed.push(`${response.status()} ${url}`);
  });
  page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));
  const visit = async (path: string) => {
    await page.goto(`${local}${PREFIX}${path}`);
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
  };
  for (const edition of EDITIONS) {
    await visit(edition.path);
    // The page's scripts ran: the scrollies were enhanced.
    await expect(page.locator('.scrolly.is-enhanced').first()).toBeAttached();
    await visit(`${edition.path}embed/the-cascade/`);
  }
  // A share page sends its reader on to the section, under the prefix.
  await page.goto(`${local}${PREFIX}share/the-shot/`);
  await expect(page).toHaveURL(`${local}${PREFIX}#the-shot`);
  await page.waitForLoadState('networkidle');
  await visit('zh/no-such-page/');
  await expect(page.locator('.not-found a').first()).toHaveAttribute('href', `${PREFIX}zh/`);
  await page.locator('.not-found a').first().click();
  await expect(page).toHaveURL(`${local}${PREFIX}zh/`);
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
});
