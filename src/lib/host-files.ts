/**
 * What the site asks of its host, written at build time from the files built: the `_headers` file
 * (caching and security headers, in the format Netlify and Cloudflare Pages read) and the `_redirects`
 * file (each edition's own 404 page, for Netlify).
 *
 * Every response, a missing page's included, gets the policy of a page: revalidated, and not to be framed
 * by anyone. Where several rules match a request, the hosts send the headers of all of them, joined with
 * a comma; so the few files that differ (hashed assets, cached for good; embeds, framed by anyone) first
 * detach the page's header with Cloudflare's `! Name` line, then set their own. Netlify serves the most
 * specific rule's value and drops `!` lines (README, "Hosting").
 */
import { createHash } from 'node:crypto';
import { EDITIONS } from '../domain/editions';

/** Files whose names carry a hash of their content: the same URL never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: kept, but checked with the server (an ETag round trip) before each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** The folder of hashed assets, under the base. */
export const HASHED_DIR = '_astro';

/**
 * The policy every response carries: our own files only, no inline script, no inline style but the
 * `<style>` elements the build wrote (each allowed by its hash), no plugins, no `<base>` or form posts,
 * and no string-to-code: Trusted Types are required for the DOM's HTML sinks, and no script may make a
 * policy to get round that (we make none).
 *
 * @param styleHashes - the `sha256-…` sources of the build's `<style>` elements (styleHashes())
 */
export const contentSecurityPolicy = (styleHashes: readonly string[] = []) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');

/**
 * The `sha256-` source of each distinct `<style>` element in the build's HTML and SVG files (the drawing
 * files carry one; see src/lib/charts/drawing-file.ts), sorted.
 *
 * @param texts - the built files' contents
 */
export function styleHashes(texts: Iterable<string>): string[] {
  const hashes = new Set<string>();
  for (const text of texts) {
    for (const [, css] of text.matchAll(/<style>([\s\S]*?)<\/style>/g))
      hashes.add(`sha256-${createHash('sha256').update(css!).digest('base64')}`);
  }
  return [...hashes].sort();
}

/** Pages that stand alone may not be framed; embeds may be framed by anyone. */
export const FRAMING = { page: "frame-ancestors 'none'", embed: 'frame-ancestors *' } as const;

/** Powerful features no page uses, refused to the page and to anything it frames. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Headers on every response: those of a page, which a missing address answered by a 404 page gets too. */
export const commonHeaders = (styleHashes: readonly string[] = []): Readonly<Record<string, string>> => ({
  'Content-Security-Policy': `${contentSecurityPolicy(styleHashes)}; ${FRAMING.page}`,
  'X-Frame-Options': 'DENY',
  'Cache-Control': REVALIDATE,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
});

/** Folders of data other sites may read from their own pages (the downloads, the oEmbed files). */
const OPEN_DATA = ['data', 'oembed'];

/** The folder, under each edition, of pages made to be framed. */
const EMBED_DIR = 'embed';

export interface HeaderRule {
  /** A URL path, absolute from the host's root; `*` at the end matches the rest. */
  path: string;
  /** Headers of broader rules to drop first (Cloudflare's `! Name`). */
  detach?: readonly string[];
  headers: Readonly<Record<string, string>>;
}

/**
 * The rules for a build: the page policy for everything, then the folders that differ from it, each
 * only if the build has it.
 *
 * @param base        - the site's base path, starting and ending with '/'
 * @param files       - every built file, relative to the output folder, with '/' separators
 * @param styleHashes - the build's `<style>` elements, allowed by the policy (styleHashes())
 */
export function headerRules(base: string, files: readonly string[], styleHashes: readonly string[] = []): HeaderRule[] {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`headerRules: base "${base}" must start and end with "/"`);
  const has = (folder: string) => files.some((file) => file.startsWith(`${folder}/`));
  const rules: HeaderRule[] = [{ path: `${base}*`, headers: commonHeaders(styleHashes) }];
  if (has(HASHED_DIR)) {
    rules.push({
      path: `${base}${HASHED_DIR}/*`,
      detach: ['Cache-Control'],
      // Open to any origin: an embed in a sandbox without an origin of its own still loads its modules.
      headers: { 'Cache-Control': IMMUTABLE, 'Access-Control-Allow-Origin': '*' },
    });
  }
  for (const edition of EDITIONS) {
    const folder = `${edition.path}${EMBED_DIR}`;
    if (!has(folder)) continue;
    rules.push({
      path: `${base}${folder}/*`,
      detach: ['Content-Security-Policy', 'X-Frame-Options'],
      headers: { 'Content-Security-Policy': `${contentSecurityPolicy(styleHashes)}; ${FRAMING.embed}` },
    });
  }
  for (const folder of OPEN_DATA) {
    if (has(folder)) rules.push({ path: `${base}${folder}/*`, headers: { 'Access-Control-Allow-Origin': '*' } });
  }
  return rules;
}

/** The `_headers` file for the rules. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [
      rule.path,
      ...(rule.detach ?? []).map((name) => `  ! ${name}`),
      ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
    ].join('\n'),
  );
  return `# Written by the build (src/lib/host-files.ts): the format of Netlify and Cloudflare Pages.\n\n${blocks.join('\n\n')}\n`;
}

/**
 * The `_redirects` file: a missing page under an edition gets that edition's 404 page. Netlify applies
 * it only where no file exists; Cloudflare Pages finds the nearest 404.html by itself.
 */
export function formatRedirects(base: string, files: readonly string[]): string {
  // The first rule that matches wins: the editions under a folder come before the one at the root.
  const lines = [...EDITIONS]
    .sort((a, b) => b.path.length - a.path.length)
    .filter((e) => files.includes(`${e.path}404.html`))
    .map((e) => `${base}${e.path}*  ${base}${e.path}404.html  404`);
  return `# Written by the build (src/lib/host-files.ts): each edition's own 404 page, on Netlify.\n${lines.join('\n')}\n`;
}
