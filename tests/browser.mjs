// @ts-check
/**
 * Which Chromium the browser tests drive: an explicit CHROME_PATH, else Playwright's own browser if it
 * is installed, else Debian's /usr/bin/chromium; otherwise a message that says how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for Chromium in a sandboxed, offline machine: no GPU, no sandbox, no background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * The executable to launch, or undefined to let Playwright launch its own.
 * @returns {string | undefined}
 */
export function chromiumExecutable() {
  const explicit = process.env.CHROME_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROME_PATH is set to ${explicit}, but there is no file there.`);
    return explicit;
  }
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when it has no browser of its own for this platform; fall through.
  }
  if (bundled && existsSync(bundled)) return undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium found for the browser tests. Either set CHROME_PATH to a Chromium or Chrome executable, ' +
      'run `npx playwright install chromium`, or on Debian/Ubuntu run `sudo apt-get install -y chromium`.',
  );
}
