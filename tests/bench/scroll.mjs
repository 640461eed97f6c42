// Scroll benchmark: serves the built site, scrolls each edition from top to bottom in Chromium with the
// CPU throttled 4×, and prints the long tasks (over 50 ms) and layout shifts it saw. Not a test: run it
// with `npm run bench:scroll` (or as part of `npm run bench`), and read the figures.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../browser.mjs';
import { serve } from '../../scripts/serve.mjs';

// The build as a CDN serves it, with its own headers.
const server = await serve({ dir: process.env.BENCH_DIR ?? 'dist', port: Number(process.env.BENCH_PORT ?? 0) });
const base = server.url;

try {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  const rows = [];
  for (const [name, path, viewport] of [
    ['English, phone', '', { width: 390, height: 844 }],
    ['简体, phone', 'zh/', { width: 390, height: 844 }],
    ['繁體, desktop', 'zh-hant/', { width: 1440, height: 900 }],
  ]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    if (process.env.BENCH_EFFECTS === 'off') {
      await page.addInitScript(() => sessionStorage.setItem('price-butcher:scrolling-effects', 'off'));
    }
    await page.addInitScript(() => {
      window.__long = [];
      window.__shifts = [];
      new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => e.duration))).observe({
        type: 'longtask',
        buffered: true,
      });
      new PerformanceObserver((list) =>
        window.__shifts.push(
          ...list
            .getEntries()
            .filter((e) => !e.hadRecentInput)
            .map((e) => e.value),
        ),
      ).observe({ type: 'layout-shift', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(base + path, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const loadLong = await page.evaluate(() => window.__long.slice());
    await page.evaluate(() => (window.__long = []));
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    const started = Date.now();
    for (;;) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(50);
      const done = await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
      if (done) break;
    }
    await page.waitForTimeout(800);
    const { long, shifts } = await page.evaluate(() => ({ long: window.__long, shifts: window.__shifts }));
    rows.push({
      page: name,
      'scroll time (s)': ((Date.now() - started) / 1000).toFixed(1),
      'long tasks while scrolling': long.length,
      'longest (ms)': long.length ? Math.max(...long).toFixed(0) : '—',
      'long tasks at load': loadLong.length,
      CLS: shifts.reduce((a, b) => a + b, 0).toFixed(4),
    });
    await context.close();
  }
  await browser.close();
  console.log('Scrolling the whole article with the CPU throttled 4× (Chromium):');
  console.table(rows);
} finally {
  await server.close();
}
