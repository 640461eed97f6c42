// @ts-check
// Lighthouse benchmark: serves the build with its production headers (scripts/serve.mjs), runs Lighthouse
// 12.2.3 three times each on mobile and desktop for the article in each edition and for one embed, and
// prints the medians of the four category scores, LCP, CLS, TBT and the bytes transferred. Not a test:
// `npm run bench` builds, runs this, then the scroll benchmark; read the figures.
//
// Chromium: CHROME_PATH, else /usr/bin/chromium (Lighthouse launches its own instance).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serve } from '../../scripts/serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  throw new Error(`No Chromium at ${chromePath}: set CHROME_PATH, or run \`sudo apt-get install -y chromium\`.`);
}

const PAGES = [
  ['Article, English', ''],
  ['Article, 简体', 'zh/'],
  ['Article, 繁體', 'zh-hant/'],
  ['Embed: the-cascade', 'embed/the-cascade/'],
];
const FORMS = /** @type {const} */ (['mobile', 'desktop']);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => sorted[i] ?? NaN;
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/**
 * @typedef {{ scores: Record<string, number>, lcp: number, cls: number, tbt: number, bytes: number,
 *   failing: string[] }} Run
 */

/**
 * One Lighthouse run in a fresh Chromium with a profile of its own.
 * @param {string} url
 * @param {'mobile' | 'desktop'} form
 * @returns {Promise<Run>}
 */
async function audit(url, form) {
  const profile = mkdtempSync(join(tmpdir(), 'price-butcher-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    userDataDir: profile,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      form === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`${url} (${form}): ${runtimeError.code} ${runtimeError.message}`);
    const value = (/** @type {string} */ id) => audits[id]?.numericValue ?? NaN;
    const failing = CATEGORIES.flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}/${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
    );
    return {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])),
      lcp: value('largest-contentful-paint'),
      cls: value('cumulative-layout-shift'),
      tbt: value('total-blocking-time'),
      bytes: value('total-byte-weight'),
      failing,
    };
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Lighthouse now and then fails to record a trace (NO_NAVSTART and the like): try such a run again.
 * @param {string} url
 * @param {'mobile' | 'desktop'} form
 * @returns {Promise<Run>}
 */
async function auditWithRetry(url, form) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url, form);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.error(`retrying: ${error instanceof Error ? error.message : error}`);
    }
  }
}

const server = await serve({ dir: process.env.BENCH_DIR ?? 'dist', port: Number(process.env.BENCH_PORT ?? 0) });
try {
  const rows = [];
  const notes = new Set();
  for (const [name, path] of PAGES) {
    for (const form of FORMS) {
      /** @type {Run[]} */
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await auditWithRetry(`${server.url}${path}`, form));
      const pick = (/** @type {(run: Run) => number} */ f) => median(runs.map(f));
      rows.push({
        page: name,
        form,
        perf: pick((r) => r.scores.performance ?? NaN),
        a11y: pick((r) => r.scores.accessibility ?? NaN),
        'best pr.': pick((r) => r.scores['best-practices'] ?? NaN),
        seo: pick((r) => r.scores.seo ?? NaN),
        'LCP (s)': (pick((r) => r.lcp) / 1000).toFixed(2),
        CLS: pick((r) => r.cls).toFixed(3),
        'TBT (ms)': Math.round(pick((r) => r.tbt)),
        'KB sent': (pick((r) => r.bytes) / 1024).toFixed(0),
      });
      for (const run of runs) for (const audit of run.failing) notes.add(`${name}, ${form}: ${audit}`);
      console.error(`measured ${name}, ${form}`);
    }
  }
  console.log(
    `Lighthouse ${RUNS}× per row, medians (simulated throttling; the mobile form is a mid-range phone on slow 4G):`,
  );
  console.table(rows);
  if (notes.size > 0) {
    console.log('Audits short of a full score in some run:');
    for (const note of notes) console.log(`  ${note}`);
  }
} finally {
  await server.close();
}
