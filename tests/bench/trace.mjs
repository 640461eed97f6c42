// Trace benchmark: loads each page, then scrolls each article to its end, in Chromium on a phone viewport
// with the CPU throttled (4× while loading, 6× while scrolling), and counts the long tasks (over 50 ms)
// of the page's main thread from a Chrome trace. The trace sees every task, parsing and layout included;
// the `longtask` PerformanceObserver misses those while a page loads, so it is not used. Each run waits
// for an idle CPU first, and the pages take turns (run 1 of every page, then run 2, …). Not a test: run it
// with `npm run bench:trace` (or as part of `npm run bench`) and read the figures.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser.mjs';
import { serve } from '../../scripts/serve.mjs';
import { median, sleep, waitForIdle } from './idle.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LONG_MS = 50;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const PAGES = [
  ['Article, English', ''],
  ['Article, 简体', 'zh/'],
  ['Article, 繁體', 'zh-hant/'],
  ['Embed: the-cascade', 'embed/the-cascade/'],
];

/** @param {number[]} values @param {number} p */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * The tasks of the page's main thread, from a trace: the renderer main thread (`CrRendererMain`) that ran
 * the most, since a trace also holds other renderers (extensions, spare processes).
 * @param {Buffer} trace
 * @returns {number[]} the duration of each task, in ms
 */
function mainThreadTasks(trace) {
  /** @type {{ traceEvents?: any[] } | any[]} */
  const parsed = JSON.parse(trace.toString('utf8'));
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  /** @type {Map<string, number[]>} */
  const byThread = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'RunTask' || !mains.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), e.dur / 1000]);
  }
  const sum = (/** @type {number[]} */ list) => list.reduce((a, b) => a + b, 0);
  return [...byThread.values()].sort((a, b) => sum(b) - sum(a))[0] ?? [];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata'];

/**
 * One load of a page in a fresh context: its long tasks, from the trace, and its LCP and CLS.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function load(browser, url) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__lcp = 0;
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  // The scripts start after the first paint and load what the page has: give them time to run.
  await page.waitForLoadState('networkidle');
  await sleep(1500);
  const tasks = mainThreadTasks(await browser.stopTracing());
  const { lcp, cls } = await page.evaluate(() => ({
    lcp: /** @type {any} */ (window).__lcp,
    cls: /** @type {any} */ (window).__cls,
  }));
  await context.close();
  const long = tasks.filter((ms) => ms > LONG_MS);
  return {
    long: long.length,
    longest: Math.max(0, ...long),
    blocking: long.reduce((a, ms) => a + ms - LONG_MS, 0),
    lcp,
    cls,
  };
}

/**
 * Scrolls an article from top to bottom at 6× CPU: its long tasks, from the trace, and its frames, timed in
 * the page by requestAnimationFrame.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function scroll(browser, url) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await sleep(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__frames = [];
    w.__cls = 0;
    let last = performance.now();
    const tick = (/** @type {number} */ now) => {
      w.__frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new PerformanceObserver((list) => {
      for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift' });
  });
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.mouse.move(195, 422);
  const started = Date.now();
  for (;;) {
    await page.mouse.wheel(0, 300);
    await sleep(50);
    const done = await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
    if (done || Date.now() - started > 180_000) break;
  }
  await sleep(800);
  const tasks = mainThreadTasks(await browser.stopTracing());
  const { frames, cls } = await page.evaluate(() => ({
    frames: /** @type {any} */ (window).__frames.slice(1),
    cls: /** @type {any} */ (window).__cls,
  }));
  await context.close();
  const long = tasks.filter((ms) => ms > LONG_MS);
  return { long: long.length, longest: Math.max(0, ...long), p95: percentile(frames, 95), cls };
}

const server = await serve({ dir: process.env.BENCH_DIR ?? 'dist', port: Number(process.env.BENCH_PORT ?? 0) });
try {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  /** @type {Map<string, Awaited<ReturnType<typeof load>>[]>} */
  const loads = new Map();
  /** @type {Map<string, Awaited<ReturnType<typeof scroll>>[]>} */
  const scrolls = new Map();
  let busy = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const [name, path] of PAGES) {
      if (!(await waitForIdle())) busy++;
      loads.set(name, [...(loads.get(name) ?? []), await load(browser, server.url + path)]);
      if (path.startsWith('embed/')) continue;
      if (!(await waitForIdle())) busy++;
      scrolls.set(name, [...(scrolls.get(name) ?? []), await scroll(browser, server.url + path)]);
      console.error(`run ${run + 1}: ${name}`);
    }
  }
  await browser.close();
  const pick = (/** @type {any[]} */ runs, /** @type {string} */ key) => median(runs.map((r) => r[key]));
  /** The long-task columns both tables share. */
  const longTasks = (/** @type {any[]} */ runs) => ({
    'long tasks': pick(runs, 'long'),
    'most in a run': Math.max(...runs.map((r) => r.long)),
    'longest (ms)': Math.round(pick(runs, 'longest')),
  });
  console.log(
    `Loading on a phone viewport at 4× CPU, ${RUNS} runs per page taking turns, medians; long tasks counted from a trace:`,
  );
  console.table(
    [...loads].map(([page, runs]) => ({
      page,
      ...longTasks(runs),
      'blocking (ms)': Math.round(pick(runs, 'blocking')),
      'LCP (ms, unthrottled network)': Math.round(pick(runs, 'lcp')),
      CLS: pick(runs, 'cls').toFixed(3),
    })),
  );
  console.log(`Scrolling each article to its end at 6× CPU, ${RUNS} runs, medians:`);
  console.table(
    [...scrolls].map(([page, runs]) => ({
      page,
      ...longTasks(runs),
      'p95 frame (ms)': pick(runs, 'p95').toFixed(1),
      CLS: pick(runs, 'cls').toFixed(3),
    })),
  );
  if (busy)
    console.log(
      `The CPU was still busy (under 90% idle) after 30 s before ${busy} run(s): read those figures with care.`,
    );
} finally {
  await server.close();
}
