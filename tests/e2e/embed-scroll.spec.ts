/**
 * Embedded scrollies in a publisher's page on another origin: pinned and moving with the host's scrolling
 * where the host says where the frame is (our embed.js, or the pym.js snippet we publish), flat anywhere
 * else; and the share page of each step, with the chart in that step's state as its preview.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { misfit, publishedSnippet } from './helpers';

/** A phone's viewport, and its reading line (70% down, as on the article's phones). */
const PHONE = { width: 390, height: 844 };
const PHONE_LINE = PHONE.height * 0.7;

let host: http.Server;
let hostOrigin = '';
let attackerOrigin = '';

const filler = (height: number, text: string) =>
  `<div style="height:${height}px;padding:8px;font:16px sans-serif">${text}</div>`;

test.beforeAll(async ({ baseURL, request }) => {
  const site = baseURL!.replace(/\/$/, '');
  const siteOrigin = new URL(site).origin;
  // The build writes absolute addresses for its public origin; this test serves it elsewhere.
  const published = (await (await request.get(`${site}/`)).text())
    .replaceAll('https://price-butcher.example', siteOrigin)
    .replaceAll('https://price-butcher\\.example', siteOrigin.replace(/[.]/g, '\\.'));
  const ours = (section: string) => publishedSnippet(published, `src="${site}/embed/${section}/"`);
  const pym = publishedSnippet(published, `data-pym-src="${site}/embed/the-cascade/?scroll=host"`);
  const head = (title: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${title}</title><script src="/cls.js"></script></head><body style="margin:0">`;
  const routes: Record<string, string> = {
    // Two sections with our host script, as a publisher pastes them.
    '/ours': `${head('A publisher')}${filler(700, 'Text above')}<div id="cascade">${ours('the-cascade')}</div>${filler(1200, 'Between')}<div id="shot">${ours('the-shot')}</div>${filler(1200, 'Below')}</body></html>`,
    '/pym': `${head('A pym publisher')}${filler(700, 'Text above')}${pym}${filler(1200, 'Below')}</body></html>`,
    // An iframe and no script at all.
    '/bare': `${head('No script')}${filler(300, 'Above')}<iframe src="${site}/embed/the-cascade/" title="cascade" style="width:100%;border:0" height="4000"></iframe></body></html>`,
    // A link to a step, in the frame's address.
    '/deep': `${head('Deep link')}${filler(700, 'Text above')}<iframe src="${site}/embed/the-cascade/#the-cascade-baidu" title="cascade" data-price-butcher-embed style="width:100%;border:0" height="900"></iframe>${filler(1200, 'Below')}<script src="${site}/embed.js"></script></body></html>`,
    // Our host script, and a frame from a third origin that forges position messages to our embed.
    '/forged': `${head('Forged')}<iframe src="${site}/embed/the-cascade/" title="cascade" data-price-butcher-embed style="width:100%;border:0" height="900"></iframe><iframe id="forger" src="ATTACKER/forger" title="ad" height="50"></iframe>${filler(3000, 'Below')}<script src="${site}/embed.js"></script></body></html>`,
  };
  // Records the layout shifts of the host page, from when the test says the embed is sized.
  const cls = `window.shifts = []; window.counting = false;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (window.counting && !e.hadRecentInput) window.shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });`;
  // An ad frame: each time it is asked, it tells our embed (its sibling) the frame is far down the page.
  const forger = `<!doctype html><title>forger</title><script>
addEventListener('message', () => {
  parent.frames[0].postMessage({ 'price-butcher:viewport': { top: -3000, height: 800, width: 390 } }, '*');
  parent.frames[0].postMessage('pymxPYMxxPYMxviewport-iframe-positionxPYMx390 800 -3000 0 0 390', '*');
});</script>`;
  host = http.createServer((req, res) => {
    const url = req.url ?? '';
    const type = url === '/cls.js' ? 'text/javascript' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'Content-Type': type });
    res.end(url === '/cls.js' ? cls : url.startsWith('/forger') ? forger : (routes[url] ?? 'not here'));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const port = (host.address() as AddressInfo).port;
  hostOrigin = `http://127.0.0.1:${port}`;
  attackerOrigin = `http://localhost:${port}`;
  routes['/forged'] = routes['/forged']!.replace('ATTACKER', attackerOrigin);
});

test.afterAll(() => host?.close());

async function embedFrame(page: Page, section: string): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(() => (found = page.frames().find((f) => f.url().split(/[?#]/)[0]!.endsWith(`/embed/${section}/`))))
    .toBeTruthy();
  await expect.poll(() => found!.evaluate(() => document.readyState)).toBe('complete');
  return found!;
}

const readingState = (frame: Frame) =>
  frame.evaluate(() => document.querySelector<HTMLElement>('.scrolly')!.dataset.readingState);

/** Where the pinned graphic is in the host's viewport: its top and bottom, in the host's pixels. */
async function graphicInHost(page: Page, frame: Frame): Promise<{ top: number; bottom: number }> {
  const frameTop = await (await frame.frameElement()).evaluate((el) => (el as HTMLElement).getBoundingClientRect().top);
  const box = await frame.evaluate(() => {
    const r = document.querySelector('.scrolly-graphic')!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  return { top: frameTop + box.top, bottom: frameTop + box.bottom };
}

/** Scrolls the host so that a step of the embed comes just past the reading line (70% down a phone, half a desktop). */
async function scrollHostToStep(page: Page, frame: Frame, state: string, line: number): Promise<void> {
  const frameTop = await (
    await frame.frameElement()
  ).evaluate((el) => (el as HTMLElement).getBoundingClientRect().top + scrollY);
  const stepTop = await frame.evaluate(
    (s) => document.querySelector(`.scrolly-step[data-step-state="${s}"]`)!.getBoundingClientRect().top,
    state,
  );
  await page.evaluate((y) => window.scrollTo(0, y), frameTop + stepTop - line + 40);
}

/** Waits until the host has sized the frame to its content (its first sizing), then counts layout shifts. */
async function countShiftsFromNow(page: Page, frame: Frame): Promise<void> {
  await expect.poll(() => misfit(frame)).toBeLessThanOrEqual(2);
  await page.evaluate(() => ((window as unknown as { counting: boolean }).counting = true));
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);

for (const [name, path, viewport] of [
  ['our host script, on a phone', '/ours', PHONE],
  ['the pym.js snippet, on a desktop', '/pym', { width: 1440, height: 900 }],
] as const) {
  test(`with ${name}, the cascade pins its chart and moves from DeepSeek to Tencent as the host scrolls`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${hostOrigin}${path}`);
    const frame = await embedFrame(page, 'the-cascade');
    await expect(frame.locator('html')).toHaveAttribute('data-host-scroll', '');
    await countShiftsFromNow(page, frame);
    const sized = await (
      await frame.frameElement()
    ).evaluate((el) => (el as HTMLElement).getBoundingClientRect().height);
    // The scroll module loads only for an embed that pins its chart.
    await expect(frame.locator('.scrolly')).toHaveClass(/is-enhanced/);
    const line = viewport.width < 960 ? viewport.height * 0.7 : viewport.height * 0.5;
    for (const state of ['deepseek', 'alibaba', 'tencent']) {
      await scrollHostToStep(page, frame, state, line);
      await expect.poll(() => readingState(frame), { message: state }).toBe(state);
      await expect(frame.locator('.scrolly-graphic svg:visible')).toHaveAttribute('data-drawn-state', state);
      // The chart is on the reader's screen, pinned near its top, not scrolled away with the frame.
      await expect
        .poll(async () => (await graphicInHost(page, frame)).top, { message: `${state}: graphic's top` })
        .toBeGreaterThanOrEqual(0);
      const { top, bottom } = await graphicInHost(page, frame);
      // At the first step the chart may still be coming up the screen, as in the article; past it, it is
      // pinned at the top, whole.
      expect(top, `${state}: on screen`).toBeLessThan(viewport.height / 2);
      if (state !== 'deepseek') {
        expect(top, `${state}: pinned at the top`).toBeLessThanOrEqual(40);
        expect(bottom, `${state}: whole on screen`).toBeLessThanOrEqual(viewport.height);
      }
    }
    // Nothing in the host moved after the embed's first sizing, and the frame kept its height.
    expect(await shifts(page)).toEqual([]);
    expect(
      await (await frame.frameElement()).evaluate((el) => (el as HTMLElement).getBoundingClientRect().height),
    ).toBe(sized);
  });
}

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`with ${motion === 'reduce' ? 'reduced motion, the chart switches state without moving' : 'motion allowed, the chart moves between states'}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.setViewportSize(PHONE);
    await page.goto(`${hostOrigin}/ours`);
    const frame = await embedFrame(page, 'the-cascade');
    await expect(frame.locator('.scrolly')).toHaveClass(/is-enhanced/);
    await scrollHostToStep(page, frame, 'deepseek', PHONE_LINE);
    await expect.poll(() => readingState(frame)).toBe('deepseek');
    // Whether any drawing is ever marked as moving (tween.ts marks it for the length of a transition).
    await frame.evaluate(() => {
      (window as unknown as { moved: boolean }).moved = false;
      new MutationObserver((records) => {
        if (records.some((r) => (r.target as Element).hasAttribute('data-tweening')))
          (window as unknown as { moved: boolean }).moved = true;
      }).observe(document.querySelector('.scrolly-graphic')!, {
        attributes: true,
        subtree: true,
        attributeFilter: ['data-tweening'],
      });
    });
    await scrollHostToStep(page, frame, 'zhipu', PHONE_LINE);
    await expect.poll(() => readingState(frame)).toBe('zhipu');
    await expect(frame.locator('.scrolly-graphic svg:visible')).toHaveAttribute('data-drawn-state', 'zhipu');
    await page.waitForTimeout(300);
    expect(await frame.evaluate(() => (window as unknown as { moved: boolean }).moved)).toBe(motion !== 'reduce');
  });
}

test('the control inside the frame turns the effects off: the embed lies flat, and the host resizes it', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${hostOrigin}/ours`);
  const frame = await embedFrame(page, 'the-cascade');
  await expect(frame.locator('.scrolly')).toHaveClass(/is-enhanced/);
  await frame.getByRole('button', { name: 'Turn off scrolling effects' }).click();
  await expect(frame.locator('.scrolly')).toHaveClass(/is-flat/);
  await expect(frame.locator('.scrolly-graphic')).toBeHidden();
  await expect(frame.locator('.scrolly-figure img:visible')).toHaveCount(8);
  await expect.poll(() => misfit(frame)).toBeLessThanOrEqual(2);
});

test('two embeds on one page each follow their own place in it', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${hostOrigin}/ours`);
  const cascade = await embedFrame(page, 'the-cascade');
  const shot = await embedFrame(page, 'the-shot');
  await expect(shot.locator('html')).toHaveAttribute('data-host-scroll', '');
  const intro = await shot.evaluate(() => document.querySelector<HTMLElement>('.scrolly')!.dataset.introState);
  await scrollHostToStep(page, cascade, 'tencent', PHONE_LINE);
  await expect.poll(() => readingState(cascade)).toBe('tencent');
  expect(await readingState(shot)).toBe(intro);
  const steps = await shot.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.scrolly-step')].map((s) => s.dataset.stepState!),
  );
  await scrollHostToStep(page, shot, steps.at(-1)!, PHONE_LINE);
  await expect.poll(() => readingState(shot)).toBe(steps.at(-1));
  // The cascade, now above the screen, stays as it was when it left.
  expect(await readingState(cascade)).toBe('all');
});

test('off screen, an embed is told nothing: the host does no work for it', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${hostOrigin}/ours`);
  const shot = await embedFrame(page, 'the-shot');
  await expect(shot.locator('html')).toHaveAttribute('data-host-scroll', '');
  await shot.evaluate(() => {
    (window as unknown as { heard: number }).heard = 0;
    addEventListener('message', () => (window as unknown as { heard: number }).heard++);
  });
  // Scrolling through the cascade, far above the other section.
  const cascade = await embedFrame(page, 'the-cascade');
  for (const state of ['deepseek', 'zhipu', 'bytedance', 'alibaba']) {
    await scrollHostToStep(page, cascade, state, PHONE_LINE);
    await expect.poll(() => readingState(cascade)).toBe(state);
  }
  expect(await shot.evaluate(() => (window as unknown as { heard: number }).heard)).toBe(0);
});

test('a host with no script gets the flat layout: each step with its chart, sized by the page', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${hostOrigin}/bare`);
  const frame = await embedFrame(page, 'the-cascade');
  // Longer than the wait for a host to speak.
  await page.waitForTimeout(1500);
  await expect(frame.locator('html')).not.toHaveAttribute('data-host-scroll');
  await expect(frame.locator('.scrolly-graphic')).toBeHidden();
  await expect(frame.locator('.scrolly-figure img:visible')).toHaveCount(8);
  expect(await readingState(frame)).toBe('all');
});

test('a forged position from another window or origin changes nothing', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${hostOrigin}/forged`);
  const frame = await embedFrame(page, 'the-cascade');
  await expect(frame.locator('html')).toHaveAttribute('data-host-scroll', '');
  await expect(frame.locator('.scrolly')).toHaveClass(/is-enhanced/);
  // The state read, and where the pinned graphic is.
  const seen = () =>
    frame.evaluate(() => [
      document.querySelector<HTMLElement>('.scrolly')!.dataset.readingState,
      document.querySelector<HTMLElement>('.scrolly-graphic')!.style.transform,
    ]);
  const before = await seen();
  const forger = page.frames().find((f) => f.url().includes('/forger'))!;
  await forger.evaluate(() => dispatchEvent(new MessageEvent('message', { data: 'go' })));
  await page.waitForTimeout(500);
  expect(await seen()).toEqual(before);
});

test('a link to a step in the frame’s address brings that step to the host’s reading line', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${hostOrigin}/deep`);
  const frame = await embedFrame(page, 'the-cascade');
  await expect.poll(() => readingState(frame)).toBe('baidu');
  const step = frame.locator('#the-cascade-baidu');
  const frameTop = await (await frame.frameElement()).evaluate((el) => (el as HTMLElement).getBoundingClientRect().top);
  const stepTop = await step.evaluate((el) => (el as HTMLElement).getBoundingClientRect().top);
  expect(Math.abs(frameTop + stepTop - PHONE_LINE)).toBeLessThanOrEqual(4);
});

test('a step reached by keyboard inside the frame shows its state and comes into the host’s view', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto(`${hostOrigin}/ours`);
  const frame = await embedFrame(page, 'the-cascade');
  await expect(frame.locator('.scrolly')).toHaveClass(/is-enhanced/);
  // Into the frame and through it by the Tab key, to the fourth step.
  await frame.locator('#the-cascade-deepseek').focus();
  const focused = () => frame.evaluate(() => document.activeElement?.id);
  for (let i = 0; i < 40 && (await focused()) !== 'the-cascade-alibaba'; i++) await page.keyboard.press('Tab');
  await expect(frame.locator('#the-cascade-alibaba')).toBeFocused();
  await expect.poll(() => readingState(frame)).toBe('alibaba');
  const frameTop = await (await frame.frameElement()).evaluate((el) => (el as HTMLElement).getBoundingClientRect().top);
  const stepTop = await frame
    .locator('#the-cascade-alibaba')
    .evaluate((el) => (el as HTMLElement).getBoundingClientRect().top);
  expect(frameTop + stepTop).toBeGreaterThanOrEqual(0);
  expect(frameTop + stepTop).toBeLessThan(PHONE.height);
});

test.describe('sharing a step', () => {
  test('its share page shows the chart in that step’s state, and sends readers to the step', async ({
    page,
    request,
  }) => {
    await page.goto('zh-hant/');
    const link = page.locator('#the-cascade-baidu .step-share a');
    await expect(link).toHaveText('分享這一步');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/\/zh-hant\/share\/the-cascade\/baidu\/$/);

    const share = await (await request.get(href!.replace(/^\//, ''))).text();
    const meta = (property: string) => share.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];
    const image = meta('og:image')!;
    expect(image).toMatch(/\/og\/zh-hant\/the-cascade\/baidu\.png$/);
    const alt = await page.locator('#the-cascade-baidu-alt').textContent();
    expect(meta('og:image:alt')).toBe(alt!.trim());

    const png = await (await request.get(new URL(image).pathname)).body();
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
    const section = await (await request.get('og/zh-hant/the-cascade.png')).body();
    const other = await (await request.get('og/zh-hant/the-cascade/tencent.png')).body();
    expect(png.equals(section)).toBe(false);
    expect(png.equals(other)).toBe(false);

    await page.goto(href!.replace(/^\//, ''));
    await expect(page).toHaveURL(/\/zh-hant\/#the-cascade-baidu$/);
    await expect(page.locator('.scrolly:has(#the-cascade-baidu)')).toHaveAttribute('data-reading-state', 'baidu');
  });

  test('every step of every edition has a share page with its own image', async ({ page, request }) => {
    for (const edition of ['', 'zh/', 'zh-hant/']) {
      await page.goto(edition);
      const links = await page
        .locator('.scrolly-step .step-share a')
        .evaluateAll((all) => all.map((a) => a.getAttribute('href')!));
      const steps = await page.locator('.scrolly-step').count();
      expect(links.length, edition).toBe(steps);
      expect(new Set(links).size).toBe(steps);
      for (const href of links) {
        const html = await (await request.get(href.replace(/^\//, ''))).text();
        const image = html.match(/<meta property="og:image" content="([^"]*)"/)![1]!;
        const response = await request.head(new URL(image).pathname);
        expect(response.status(), image).toBe(200);
      }
    }
  });
});
