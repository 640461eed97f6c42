/**
 * The build integration that writes what a host needs beside the site: each edition's 404 page where
 * hosts look for it, and `_headers` and `_redirects` (src/lib/host-files.ts) for the files built.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITIONS } from '../domain/editions';
import { formatHeaders, formatRedirects, headerRules, styleHashes } from '../lib/host-files';

/** Moves each edition's `404/index.html` to `404.html`, and returns every file of the build, from its root. */
export function settleBuild(out: string): string[] {
  // With trailing slashes, Astro writes each edition's 404 page as a folder: put it where hosts look.
  for (const edition of EDITIONS) {
    const built = `${out}/${edition.path}404/index.html`;
    if (!existsSync(built)) continue;
    renameSync(built, `${out}/${edition.path}404.html`);
    rmdirSync(`${out}/${edition.path}404`);
  }
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(out, `${entry.parentPath}/${entry.name}`).split('\\').join('/'));
}

/** @param base - the site's base path, starting and ending with '/' */
export function hostFiles(base: string): AstroIntegration {
  return {
    name: 'price-butcher:host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = settleBuild(out);
        const styled = files.filter((file) => /\.(html|svg)$/.test(file));
        const hashes = styleHashes(styled.map((file) => readFileSync(`${out}/${file}`, 'utf8')));
        writeFileSync(`${out}/_headers`, formatHeaders(headerRules(base, files, hashes)));
        writeFileSync(`${out}/_redirects`, formatRedirects(base, files));
        logger.info(
          `_headers and _redirects written for ${files.length} files under ${base} (${hashes.length} <style> hashes allowed)`,
        );
      },
    },
  };
}
