// @ts-check
// Lighthouse benchmark: serves the build with its production headers (scripts/serve.mjs), runs Lighthouse
// 12.2.3 three times each on mobile and desktop for the article in each edition and for one embed, the
// pages taking turns and each run after the CPU is idle, and prints the medians of the four category
// scores, LCP, CLS, TBT and the bytes transferred, with Lighthouse's benchmarkIndex (this machine's speed
// as Lighthouse measures it: compare figures only between runs of similar index). Not a test:
// `npm run bench` builds, runs this, then the trace benchmark; read the figures.
//
// Chromium: CHROME_PATH, else /usr/bin/chromium (Lighthouse launches its own instance).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serve } from '../../scripts/serve.mjs';
import { median, waitForIdle } from './idle.mjs';

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

/**
 * @typedef {{ scores: Record<string, number>, lcp: number, cls: number, tbt: number, bytes: number,
 *   failing: string[], benchmarkIndex: number }} Run
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
      benchmarkIndex: result.lhr.environment.benchmarkIndex,
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
  /** @type {Map<string, Run[]>} */
  const measured = new Map();
  let busy = 0;
  // The pages take turns (run 1 of every page and form, then run 2, …), so that a slow spell of the
  // machine does not fall on one page's runs.
  for (let i = 0; i < RUNS; i++) {
    for (const [name, path] of PAGES) {
      for (const form of FORMS) {
        if (!(await waitForIdle())) busy++;
        const key = `${name}\t${form}`;
        measured.set(key, [...(measured.get(key) ?? []), await auditWithRetry(`${server.url}${path}`, form)]);
        console.error(`run ${i + 1}: ${name}, ${form}`);
      }
    }
  }
  for (const [key, runs] of measured) {
    const [name, form] = key.split('\t');
    const pick = (/** @type {(run: Run) => number} */ f) => median(runs.map(f));
    rows.push({
      page: name,
      form,
      perf: pick((r) => r.scores.performance ?? NaN),
      a11y: pick((r) => r.scores.accessibility ?? NaN),
      'best pr.': pick((r) => r.scores['best-practices'] ?? NaN),
      seo: pick((r) => r.scores.seo ?? NaN),
      'LCP (s)': (pick((r) => r.lcp) / 1000).toFixed(2),
      'LCP worst (s)': (Math.max(...runs.map((r) => r.lcp)) / 1000).toFixed(2),
      CLS: pick((r) => r.cls).toFixed(3),
      'TBT (ms)': Math.round(pick((r) => r.tbt)),
      'TBT worst (ms)': Math.round(Math.max(...runs.map((r) => r.tbt))),
      'KB sent': (pick((r) => r.bytes) / 1024).toFixed(0),
      benchmarkIndex: Math.round(pick((r) => r.benchmarkIndex)),
    });
    for (const run of runs) for (const audit of run.failing) notes.add(`${name}, ${form}: ${audit}`);
  }
  console.log(
    `Lighthouse ${RUNS}× per row, medians (simulated throttling; the mobile form is a mid-range phone on slow 4G):`,
  );
  console.table(rows);
  if (busy)
    console.log(
      `The CPU was still busy (under 90% idle) after 30 s before ${busy} run(s): read those figures with care.`,
    );
  if (notes.size > 0) {
    console.log('Audits short of a full score in some run:');
    for (const note of notes) console.log(`  ${note}`);
  }
} finally {
  await server.close();
}
