// @ts-check
/**
 * Serves a build as a static CDN would: the files under the base path only, with the headers of the
 * build's own `_headers` file, compressed, with ETags, and a missing page answered by the nearest
 * 404.html with status 404. Used by the browser tests, the benchmark and `npm start`.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /]
 *
 * The base defaults to BASE_PATH, as the build's does.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';
import { normaliseBase } from '../src/lib/site-options.mjs';
import { headersFor, parseHeaders } from './headers.mjs';

/** The files a host reads for itself and never serves. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/**
 * @param {{ dir: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve({ dir, base = '/', port = 0, host = '127.0.0.1' }) {
  const root = resolve(dir);
  const prefix = normaliseBase(base);
  const headersFile = join(root, '_headers');
  if (!existsSync(headersFile)) throw new Error(`${headersFile} is missing: build the site first (npm run build)`);
  const rules = parseHeaders(readFileSync(headersFile, 'utf8'), headersFile);
  const files = sirv(root, { etag: true, dotfiles: false, extensions: ['html'] });
  const compress = compression();

  /** The nearest 404.html at or above the request's folder, as Cloudflare Pages finds it. */
  const notFoundPage = (/** @type {string} */ rest) => {
    const parts = rest.split('/').slice(0, -1);
    for (let i = parts.length; i >= 0; i--) {
      const candidate = join(root, ...parts.slice(0, i), '404.html');
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return undefined;
  };

  const server = createServer((req, res) => {
    compress(/** @type {any} */ (req), /** @type {any} */ (res), () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname = '';
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        // A malformed escape (%E0) names no file: a missing page, not a crash.
        pathname = '//';
      }
      const notFound = () => {
        res.statusCode = 404;
        const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
        const page = notFoundPage(rest);
        for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
        if (!page) {
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end('Not found\n');
          return;
        }
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(page));
      };
      // An address that decodes to another host's (//host/…) or climbs out of the folder (..) is no page
      // of ours: answered as missing, never redirected, so that no link can send a reader elsewhere.
      if (/\/\/|\\|(^|\/)\.\.(\/|$)/.test(pathname)) return notFound();
      if (!pathname.startsWith(prefix) || HOST_FILES.has(pathname.slice(prefix.length))) return notFound();
      // The headers go by the address asked for, as a CDN matches its rules.
      for (const [name, value] of Object.entries(headersFor(rules, pathname))) res.setHeader(name, value);
      const rest = pathname.slice(prefix.length);
      // A folder asked for without its slash is sent to it, as CDNs do, so that relative links resolve.
      if (rest && !rest.endsWith('/') && existsSync(join(root, rest, 'index.html'))) {
        res.statusCode = 301;
        res.setHeader('Location', `${pathname}/${url.search}`);
        res.end();
        return;
      }
      req.url = `/${rest}${url.search}`;
      files(req, res, notFound);
    });
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${prefix}`,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  const { url } = await serve({ dir: values.dir, base: values.base, port: Number(values.port), host: values.host });
  console.log(`Serving ${values.dir} at ${url}`);
}
