import { expect, test } from '@playwright/test';
import { EDITIONS, scrollThrough } from './helpers';

for (const edition of EDITIONS) {
  test(`${edition.name}: no request leaves the local server, and nothing fails to load`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const failed: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(edition.path, { waitUntil: 'networkidle' });
    // Scroll to the end, so that anything loaded lazily is requested too.
    await scrollThrough(page);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
}
