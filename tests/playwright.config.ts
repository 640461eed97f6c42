import { defineConfig } from '@playwright/test';
import { normaliseBase } from '../src/lib/site-options.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.mjs';

/**
 * Browser tests run against the built site (`npm run build` first), served as a CDN serves it: with the
 * build's own `_headers` (caching, Content-Security-Policy and the rest) by `scripts/serve.mjs`.
 */
const port = Number(process.env.TEST_PORT ?? 4329);
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  // Two workers: this project's machines have two cores, and the browser tests wait on pages as much as they compute.
  workers: Number(process.env.PW_WORKERS ?? 2),
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    // With a base path, tests use relative URLs (`goto('zh/')`) against a baseURL ending in the base.
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    // Off: recording a trace snapshots these long pages at every step and doubles the suite's time. To
    // see a failure step by step, run it again with `--trace on`.
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.mjs --dir dist --host 127.0.0.1 --port ${port} --base ${base}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
