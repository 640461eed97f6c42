/**
 * What the site asks of its host, written at build time from the files built: the `_headers` file
 * (caching and security headers, in the format Netlify and Cloudflare Pages read) and the `_redirects`
 * file (each edition's own 404 page, for Netlify).
 *
 * Where several rules match a request, both hosts send the headers of all of them and join repeated
 * names with a comma. So a header that must differ between files (Cache-Control, the framing policy)
 * is set only by rules that never overlap, and the policy every page shares sits in the one rule for
 * everything. Two Content-Security-Policy values joined by a comma are two policies, both enforced.
 */
import { EDITIONS } from './editions';

/** Files whose names carry a hash of their content: the same URL never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: kept, but checked with the server (an ETag round trip) before each use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** The folder of hashed assets, under the base. */
export const HASHED_DIR = '_astro';

/**
 * The policy every response carries: our own files only, no inline script or style, no plugins, no
 * `<base>` or form posts, and no string-to-code: Trusted Types are required for the DOM's HTML sinks.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

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

/** Headers on every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Folders of data other sites may read from their own pages (the downloads, the oEmbed files). */
const OPEN_DATA = new Set(['data', 'oembed']);

/** The folder, under each edition, of pages made to be framed. */
const EMBED_DIR = 'embed';

export interface HeaderRule {
  /** A URL path, absolute from the host's root; `*` at the end matches the rest. */
  path: string;
  headers: Readonly<Record<string, string>>;
}

type Kind = 'hashed' | 'page' | 'embed' | 'file';

function headersOf(kind: Kind, open: boolean): Record<string, string> {
  switch (kind) {
    case 'hashed':
      return { 'Cache-Control': IMMUTABLE };
    case 'page':
      return { 'Cache-Control': REVALIDATE, 'Content-Security-Policy': FRAMING.page, 'X-Frame-Options': 'DENY' };
    case 'embed':
      return { 'Cache-Control': REVALIDATE, 'Content-Security-Policy': FRAMING.embed };
    case 'file':
      return open
        ? { 'Cache-Control': REVALIDATE, 'Access-Control-Allow-Origin': '*' }
        : { 'Cache-Control': REVALIDATE };
  }
}

/** The edition folder a built file is in ('' for the English edition at the root). */
function editionPrefix(file: string): string {
  return (
    EDITIONS.map((e) => e.path)
      .filter((prefix) => prefix && file.startsWith(prefix))
      .sort((a, b) => b.length - a.length)[0] ?? ''
  );
}

/**
 * The rules for a build: one for every response, then one per top-level file or folder of each
 * edition, so that every file is matched by exactly one rule that sets its caching.
 *
 * @param base  - the site's base path, starting and ending with '/'
 * @param files - every built file, relative to the output folder, with '/' separators
 */
export function headerRules(base: string, files: readonly string[]): HeaderRule[] {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`headerRules: base "${base}" must start and end with "/"`);
  const groups = new Map<string, { kind: Kind; open: boolean }>();
  const add = (path: string, kind: Kind, open = false) => {
    const known = groups.get(path);
    // A folder of pages with other files in it is still a folder of pages: they revalidate alike.
    if (!known || (known.kind === 'file' && kind !== 'file')) groups.set(path, { kind, open });
  };
  for (const file of files) {
    if (file === '_headers' || file === '_redirects') continue;
    const html = file.endsWith('.html');
    if (file.startsWith(`${HASHED_DIR}/`)) {
      add(`${HASHED_DIR}/*`, 'hashed');
      continue;
    }
    const prefix = editionPrefix(file);
    const rest = file.slice(prefix.length);
    const [first, ...deeper] = rest.split('/');
    if (rest === 'index.html') {
      add(prefix, 'page');
      add(`${prefix}index.html`, 'page');
    } else if (deeper.length > 0) {
      add(`${prefix}${first}/*`, first === EMBED_DIR ? 'embed' : html ? 'page' : 'file', OPEN_DATA.has(first!));
    } else {
      add(`${prefix}${rest}`, html ? 'page' : 'file');
    }
  }
  const rules = [...groups].map(([path, { kind, open }]) => ({
    path: `${base}${path}`,
    headers: headersOf(kind, open),
  }));
  rules.sort((a, b) => a.path.localeCompare(b.path));
  return [{ path: `${base}*`, headers: COMMON_HEADERS }, ...rules];
}

/** The `_headers` file for the rules. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  const blocks = rules.map(
    (rule) =>
      `${rule.path}\n${Object.entries(rule.headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  );
  return `# Written by the build (src/lib/headers.ts): the format of Netlify and Cloudflare Pages.\n\n${blocks.join('\n\n')}\n`;
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
  return `# Written by the build (src/lib/headers.ts): each edition's own 404 page, on Netlify.\n${lines.join('\n')}\n`;
}
