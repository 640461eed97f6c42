import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { toHant } from '../../src/lib/hant';

import { EDITIONS } from '../fixtures/brief';

export { CREDIT, EDITIONS, PSEUDONYMS, QUOTES, SECTION_IDS } from '../fixtures/brief';

/**
 * Simplified → Traditional as the 繁體 edition makes it: our words with Taiwan's usage, quotes character by
 * character (`toHantQuote`). The conversion and its exceptions have unit tests of their own; these tests
 * check that every part of every page went through the right one.
 */
export { toHant } from '../../src/lib/hant';
export const toHantQuote = (text: string) => toHant(text, 'characters');

/** Curly quotes and apostrophes to straight ones, and runs of white space to one space. */
export function normalise(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The article's visible text, without the switcher and other furniture. */
export async function articleText(page: Page): Promise<string> {
  return page.locator('main article').innerText();
}

/** Han characters in a string. */
export function hanCharacters(text: string): string[] {
  return [...text].filter((c) => /\p{Script=Han}/u.test(c));
}

/** Every file of the build the tests serve (dist/), relative to it, with '/' separators. */
export function builtFiles(dir = new URL('../../dist/', import.meta.url)): string[] {
  const root = fileURLToPath(dir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Which edition a built file belongs to, by its folder. */
export function editionOf(file: string): (typeof EDITIONS)[number] {
  return [...EDITIONS].sort((a, b) => b.path.length - a.path.length).find((e) => file.startsWith(e.path))!;
}

/** The address of a built file, relative to the site's base: a page by its folder, as links name it. */
export function pageAddress(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** Scrolls to the end a screen at a time, so that every step and anything loaded lazily runs. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
}

/** The text of the first snippet published on a page that contains `marker`, as a reader copies it. */
export function publishedSnippet(html: string, marker: string): string {
  const unescape = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const snippet = [...html.matchAll(/<code data-snippet>([\s\S]*?)<\/code>/g)]
    .map((match) => unescape(match[1]!))
    .find((text) => text.includes(marker));
  if (!snippet) throw new Error(`no published snippet contains ${marker}`);
  return snippet;
}

/** How far, in pixels, an embed's iframe is from the height of its content: 0 when its host sized it right. */
export async function misfit(frame: Frame): Promise<number> {
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const element = await frame.frameElement();
  return Math.abs((await element.evaluate((el) => (el as HTMLElement).getBoundingClientRect().height)) - content);
}

/**
 * A step's figure shows its own drawing: one of its two images (wide, compact) on screen, loaded, and
 * the file of the step's state.
 */
export async function expectStepDrawing(figure: Locator, state: string): Promise<void> {
  const shown = figure.locator('img:visible');
  await expect(shown).toHaveCount(1);
  await expect(shown).toHaveAttribute('data-drawn-state', state);
  await expect(shown).toHaveAttribute('src', new RegExp(`/${state}\\.(wide|compact)\\.svg$`));
  await expect
    .poll(() => shown.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), {
      message: `the drawing of ${state} loads`,
    })
    .toBe(true);
}
