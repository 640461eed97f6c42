/**
 * One palette: the stylesheet's theme tokens and dark overrides hold exactly the colours of
 * src/styles/palette.ts, which share images, icons, the favicon and theme-color read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PALETTE } from '../../../src/styles/palette';

const root = process.cwd();
const tokens = readFileSync(join(root, 'src/styles/tokens.css'), 'utf8');

/** `--color-<name>: <value>` declarations in a block of CSS. */
function colours(css: string): Record<string, string> {
  return Object.fromEntries(
    [...css.matchAll(/--color-([a-z0-9-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1], m[2]]),
  );
}

/** The text of the first block that opens with `opening`, up to its matching brace. */
function block(css: string, opening: string): string {
  const start = css.indexOf(opening);
  expect(start, `tokens.css has ${opening}`).toBeGreaterThanOrEqual(0);
  let depth = 0;
  for (let i = css.indexOf('{', start); i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(start, i + 1);
  }
  throw new Error(`unclosed block ${opening}`);
}

describe('the palette', () => {
  test('the @theme tokens are the light palette, no more and no less', () => {
    expect(colours(block(tokens, '@theme'))).toEqual(PALETTE.light);
  });

  test('the dark scheme overrides every colour with the dark palette', () => {
    expect(colours(block(tokens, '@media (prefers-color-scheme: dark)'))).toEqual(PALETTE.dark);
  });

  test('the static favicon is drawn in the palette', () => {
    const favicon = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
    const used = new Set([...favicon.matchAll(/#[0-9a-f]{6}/gi)].map((m) => m[0].toLowerCase()));
    expect(used).toEqual(new Set([PALETTE.light.accent, PALETTE.light.paper]));
  });

  test('no other file in src/ writes a colour of its own', () => {
    const stray: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (!['src/styles/palette.ts', 'src/styles/tokens.css'].includes(path)) {
          for (const m of readFileSync(join(root, path), 'utf8').matchAll(/#[0-9a-f]{6}\b/gi))
            stray.push(`${path}: ${m[0]}`);
        }
      }
    };
    walk('src');
    expect(stray).toEqual([]);
  });
});
