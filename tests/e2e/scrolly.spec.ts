import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectStepDrawing } from './helpers';

/** Every scrolly of the article and its steps' states, in reading order, as the brief's sequences ask. */
const SCROLLIES = {
  'the-quant': { chart: 'gpu-stock', states: ['confirmed', 'estimate'] },
  'the-shot': { chart: 'price-gap', states: ['turbo', 'gpt4o', 'deepseek'] },
  'the-cascade': {
    chart: 'cascade',
    states: ['deepseek', 'zhipu', 'bytedance', 'alibaba', 'baidu', 'iflytek', 'tencent', 'all'],
  },
  'the-holdouts': { chart: 'voices-holdouts', states: ['all', 'kai-fu-lee', 'wang-xiaochuan', 'fu-sheng'] },
  investors: {
    chart: 'voices-investors',
    states: ['yang-quan', 'li-linghao', 'usd-investor', 'baidu-insider', 'financial-adviser'],
  },
  'what-next': { chart: 'deepseek-path', states: ['v2', 'v3', 'r1', 'offpeak', 'v31', 'v32'] },
} as const;

const root = (page: Page, chart: string) => page.locator(`.scrolly[data-chart="${chart}"]`);

/** Scrolls as a reader does, with the wheel, until the step's top sits at `at` of the viewport's height. */
async function readTo(page: Page, stepId: string, at = 0.35) {
  await page.mouse.move(200, 200);
  for (let i = 0; i < 60; i++) {
    const delta = await page.evaluate(
      ([id, share]) =>
        document.getElementById(id as string)!.getBoundingClientRect().top - innerHeight * (share as number),
      [stepId, at] as const,
    );
    if (Math.abs(delta) < 40) break;
    const before = await page.evaluate(() => scrollY);
    await page.mouse.wheel(0, Math.max(-1500, Math.min(1500, delta)));
    await page.waitForTimeout(30);
    // A window without focus may not scroll on the wheel: then scroll as a keyboard or script would.
    if ((await page.evaluate(() => scrollY)) === before) await page.evaluate((d) => window.scrollBy(0, d), delta);
    // A wheel scroll may glide on: measure again only where it comes to rest, or the next wheel overshoots.
    await stillness(page);
  }
}

/** Waits until the page stops scrolling (two readings 30 ms apart agree), for at most about a second. */
async function stillness(page: Page) {
  let last = Number.NaN;
  for (let i = 0; i < 40; i++) {
    const y = await page.evaluate(() => scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(30);
  }
}

/**
 * What differs between the pinned graphic on screen and the step's own drawing of its state: the file
 * its `<img>` shows, read here as a document (the page's Trusted Types policy forbids parsing strings).
 */
async function graphicMatches(page: Page, stepId: string): Promise<string[]> {
  return page.evaluate(async (id) => {
    const step = document.getElementById(id)!;
    const graphic = step.closest('scrolly-story')!.querySelector('.scrolly-graphic')!;
    const problems: string[] = [];
    const drawingOf = (layout: string) =>
      new Promise<Document>((resolve, reject) => {
        const image = step.querySelector<HTMLImageElement>(`.scrolly-figure img[data-layout="${layout}"]`)!;
        const request = new XMLHttpRequest();
        request.open('GET', image.src);
        request.responseType = 'document';
        request.onload = () => resolve(request.responseXML!);
        request.onerror = () => reject(new Error(`${image.src} did not load`));
        request.send();
      });
    // The drawing on screen; the other one (wide or compact) is brought up to date when it is shown.
    for (const svg of [...graphic.querySelectorAll('svg[data-layout]')].filter(
      (el) => el.getBoundingClientRect().width > 0,
    )) {
      const target = (await drawingOf(svg.getAttribute('data-layout')!)).documentElement;
      for (const want of target.querySelectorAll('[data-key]')) {
        const have = svg.querySelector(`[data-key="${want.getAttribute('data-key')}"]`)!;
        for (const name of ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd']) {
          const w = want.getAttribute(name);
          if (w !== null && have.getAttribute(name) !== w) problems.push(`${want.getAttribute('data-key')}.${name}`);
        }
        const visible = (el: Element) => (el.getAttribute('opacity') ?? '1') !== '0';
        if (visible(want) !== visible(have)) problems.push(`${want.getAttribute('data-key')} visibility`);
        if (want.tagName === 'text' && want.textContent !== have.textContent)
          problems.push(`${want.getAttribute('data-key')} text`);
      }
      // The step's drawing leaves out what its state hides: every other mark must be out of sight.
      for (const have of svg.querySelectorAll('[data-key]')) {
        const key = have.getAttribute('data-key');
        if (!target.querySelector(`[data-key="${key}"]`) && (have.getAttribute('opacity') ?? '1') !== '0')
          problems.push(`${key} should be hidden`);
      }
    }
    return problems;
  }, stepId);
}

/** Records every state the scrollies pass through, from the first script on. */
async function recordStates(page: Page) {
  await page.addInitScript(() => {
    const seen: Record<string, string[]> = {};
    (window as unknown as { __states: typeof seen }).__states = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        const el = record.target as HTMLElement;
        if (el.classList?.contains('scrolly-graphic')) (seen[el.dataset.chart!] ??= []).push(el.dataset.drawnState!);
      }
    }).observe(document, { attributes: true, attributeFilter: ['data-drawn-state'], subtree: true });
  });
}

const statesSeen = (page: Page, chart: string) =>
  page.evaluate((c) => (window as unknown as { __states: Record<string, string[]> }).__states[c] ?? [], chart);

/** How many drawings of the pinned graphics have marks on the move. */
const transitionsRunning = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('.scrolly-graphic svg[data-tweening]').length);

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('reading down through every scrolly moves each chart through its states, and it ends fully drawn', async ({
    page,
  }) => {
    test.slow();
    await page.goto('');
    for (const [section, { chart, states }] of Object.entries(SCROLLIES)) {
      await expect(root(page, chart)).toHaveClass(/is-enhanced/);
      for (const state of states) {
        const id = `${section}-${state}`;
        await readTo(page, id);
        await expect(root(page, chart), id).toHaveAttribute('data-reading-state', state);
        await expect(page.locator(`.scrolly[data-chart="${chart}"] .scrolly-graphic`)).toHaveAttribute(
          'data-drawn-state',
          state,
        );
        await expect.poll(() => graphicMatches(page, id), { message: `${id} drawn in full` }).toEqual([]);
      }
    }
  });

  test('reading back up returns each state in turn', async ({ page }) => {
    await page.goto('#the-cascade-all');
    for (const state of ['tencent', 'iflytek', 'baidu']) {
      await readTo(page, `the-cascade-${state}`);
      await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', state);
    }
  });

  for (const [section, { chart, states }] of Object.entries(SCROLLIES)) {
    test(`a deep link to each step of ${section} lands on its state without passing through others`, async ({
      page,
    }) => {
      await recordStates(page);
      for (const state of states) {
        const id = `${section}-${state}`;
        await page.goto(`about:blank`);
        await page.goto(`./#${id}`);
        // The page is served in the final state: wait for the script to have set the scrolly up.
        await expect(root(page, chart), id).toHaveClass(/is-enhanced/);
        await expect(root(page, chart).locator('.scrolly-graphic'), id).toHaveAttribute('data-drawn-state', state);
        await expect(root(page, chart), id).toHaveAttribute('data-reading-state', state);
        // The graphic may already show the state it opens with; it never shows any other on the way.
        const intro = await root(page, chart).getAttribute('data-intro-state');
        expect(await statesSeen(page, chart), `${id}: states set on the way`).toEqual(state === intro ? [] : [state]);
        expect(await transitionsRunning(page), `${id}: nothing animates`).toBe(0);
        // Its drawing arrives as a file: the graphic is drawn in the step's state, without a tween.
        await expect.poll(() => graphicMatches(page, id), { message: `${id} drawn` }).toEqual([]);
        expect(await transitionsRunning(page), `${id}: nothing animated`).toBe(0);
      }
    });
  }

  test('a reload halfway down comes back in the right state', async ({ page }) => {
    await page.goto('zh-hant/');
    await readTo(page, 'the-cascade-baidu');
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'baidu');
    await recordStates(page);
    await page.reload();
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'baidu');
    expect(await statesSeen(page, 'cascade')).toEqual(['baidu']);
  });

  test('back and forward keep the state of the step they return to', async ({ page }) => {
    await page.goto('#the-shot-gpt4o');
    await page.goto('#what-next-r1');
    await expect(root(page, 'deepseek-path')).toHaveAttribute('data-reading-state', 'r1');
    await page.goBack();
    await expect(root(page, 'price-gap')).toHaveAttribute('data-reading-state', 'gpt4o');
    await expect.poll(() => graphicMatches(page, 'the-shot-gpt4o')).toEqual([]);
    await page.goForward();
    await expect(root(page, 'deepseek-path')).toHaveAttribute('data-reading-state', 'r1');
  });

  test('a fling through the page ends in the state in view, and an interrupted move is finished', async ({ page }) => {
    await page.goto('');
    await readTo(page, 'the-cascade-zhipu');
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'zhipu');
    // Several big turns of the wheel in quick succession, each interrupting the transition before it.
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(60);
    }
    const landed = await page.evaluate(() => {
      const line = innerHeight * 0.5;
      let current = '';
      for (const step of document.querySelectorAll<HTMLElement>('.scrolly[data-chart="cascade"] .scrolly-step')) {
        if (step.getBoundingClientRect().top > line) break;
        current = step.id;
      }
      return current;
    });
    expect(landed).toMatch(/^the-cascade-/);
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', landed.replace('the-cascade-', ''));
    await expect.poll(() => graphicMatches(page, landed)).toEqual([]);
  });

  test('resizing keeps the state, and a change of height like a mobile address bar does not move the reading line', async ({
    page,
  }) => {
    await page.goto('#the-cascade-alibaba');
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'alibaba');
    // The address bar shows: 60px less height. The reading line stays at half the old height (450px),
    // not half the new one (420px), so a step whose top is between the two has been read.
    await page.setViewportSize({ width: 1440, height: 840 });
    // For a moment after a resize the scrolly holds the step being read in place while the layout
    // settles (it would undo a scroll made now): scroll once that is over.
    await page.waitForTimeout(600);
    await page.evaluate(() =>
      window.scrollBy(0, document.getElementById('the-cascade-baidu')!.getBoundingClientRect().top - 435),
    );
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'baidu');
    // A real resize moves the line (half of 700 is 350): the same step, 400px down, is not read yet.
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.waitForTimeout(600);
    await page.evaluate(() =>
      window.scrollBy(0, document.getElementById('the-cascade-baidu')!.getBoundingClientRect().top - 400),
    );
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'alibaba');
    await expect.poll(() => graphicMatches(page, 'the-cascade-alibaba')).toEqual([]);
  });

  test('transitions run with motion allowed; with reduced motion, states switch at once', async ({ browser }) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await browser.newContext({ reducedMotion, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto('#the-shot-turbo');
      await page.mouse.move(300, 300);
      await page.mouse.wheel(0, 10);
      // The graphic is live (a drawing the page can move) before the reader moves on.
      await expect(
        page.locator('.scrolly[data-chart="price-gap"] .scrolly-graphic svg[data-layout]').first(),
      ).toBeAttached();
      // Count how often each attribute of each mark is written on the way to the next state: a transition
      // writes in-between values frame after frame, a switch writes each once.
      await page.evaluate(() => {
        const writes: Record<string, number> = {};
        (window as unknown as { __writes: typeof writes }).__writes = writes;
        const graphic = document.querySelector('.scrolly[data-chart="price-gap"] .scrolly-graphic')!;
        new MutationObserver((records) => {
          for (const record of records) {
            const key = `${(record.target as Element).getAttribute('data-key')} ${record.attributeName}`;
            writes[key] = (writes[key] ?? 0) + 1;
          }
        }).observe(graphic, {
          attributes: true,
          subtree: true,
          attributeFilter: ['cx', 'cy', 'x', 'y', 'opacity', 'd'],
        });
      });
      // Down, up and down again: the most writes of one attribute in each move.
      const most: number[] = [];
      for (const [step, state] of [
        ['the-shot-gpt4o', 'gpt4o'],
        ['the-shot-turbo', 'turbo'],
        ['the-shot-gpt4o', 'gpt4o'],
      ] as const) {
        await page.evaluate(() => {
          const writes = (window as unknown as { __writes: Record<string, number> }).__writes;
          for (const key of Object.keys(writes)) delete writes[key];
        });
        await readTo(page, step);
        await expect(root(page, 'price-gap')).toHaveAttribute('data-reading-state', state);
        await expect.poll(() => graphicMatches(page, step)).toEqual([]);
        const writes = Object.values(
          await page.evaluate(() => (window as unknown as { __writes: Record<string, number> }).__writes),
        );
        expect(writes.length, `marks moved to ${state}`).toBeGreaterThan(0);
        most.push(Math.max(...writes));
      }
      // At once: a value, and perhaps the attribute then dropped as the default (opacity 1), in every move.
      // A transition of 650ms writes one value a frame: more than two, though a machine busy with other
      // work may draw a move's frames so late that it jumps, so one move of the three is enough.
      if (reducedMotion === 'reduce') expect(Math.max(...most), 'no values in between').toBeLessThanOrEqual(2);
      else expect(Math.max(...most), 'values in between, frame after frame').toBeGreaterThan(2);
      await context.close();
    }
  });

  test('keyboard readers reach the steps in reading order, and focusing a step shows its state', async ({ page }) => {
    await page.goto('');
    const baidu = page.locator('#the-cascade-baidu');
    await expect(baidu).toHaveAttribute('tabindex', '0');
    await baidu.focus();
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'baidu');
    // The step's own link (to share it) comes next, still in the step; then the next step.
    await page.keyboard.press('Tab');
    await expect(page.locator('#the-cascade-baidu .step-share a')).toBeFocused();
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'baidu');
    await page.keyboard.press('Tab');
    await expect(page.locator('#the-cascade-iflytek')).toBeFocused();
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'iflytek');
    // The pinned graphic is hidden from assistive technology; each step says what it shows.
    await expect(page.locator('.scrolly[data-chart="cascade"] .scrolly-graphic')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    expect((await page.locator('#the-cascade-iflytek .scrolly-alt').innerText()).length).toBeGreaterThan(20);
  });

  test('a screen reader hears what a step’s chart shows once: from the step while the chart is pinned, from its drawing when flat', async ({
    page,
  }) => {
    await page.goto('#the-cascade-baidu');
    const step = page.locator('#the-cascade-baidu');
    await expect(root(page, 'cascade')).toHaveClass(/is-enhanced/);
    const alt = (await step.locator('.scrolly-alt').textContent())!.trim();
    const said = async () => (await step.ariaSnapshot()).split(alt).length - 1;
    expect(await said(), 'pinned').toBe(1);
    await root(page, 'cascade').getByRole('button', { name: 'Turn off scrolling effects' }).click();
    await expect(step.getByRole('img', { name: alt, exact: true })).toBeVisible();
    expect(await said(), 'flat').toBe(1);
  });

  test('the control turns scrolling effects off and on, and the choice lasts the visit', async ({ page }) => {
    await page.goto('#the-cascade-alibaba');
    const scrolly = root(page, 'cascade');
    const toggle = scrolly.getByRole('button', { name: 'Turn off scrolling effects' });
    await expect(toggle).toBeVisible();
    await toggle.click();
    // Every scrolly of the page goes flat: each step followed by its own chart, the pinned graphic gone.
    for (const { chart } of Object.values(SCROLLIES)) await expect(root(page, chart)).not.toHaveClass(/is-enhanced/);
    await expect(scrolly.locator('.scrolly-graphic')).toBeHidden();
    // The control stays under the reader's pointer, though the page changed around it.
    const back = scrolly.getByRole('button', { name: 'Turn scrolling effects back on' });
    await expect(back).toBeInViewport();
    // A step shows its own drawing when the reader comes to it.
    await page.locator('#the-cascade-alibaba .scrolly-figure').scrollIntoViewIfNeeded();
    await expectStepDrawing(page.locator('#the-cascade-alibaba .scrolly-figure'), 'alibaba');
    await page.reload();
    await expect(scrolly).not.toHaveClass(/is-enhanced/);
    await back.click();
    await expect(scrolly).toHaveClass(/is-enhanced/);
    await page.reload();
    await expect(scrolly).toHaveClass(/is-enhanced/);
  });

  test('axe finds no violation with effects on mid-scroll, and with them off', async ({ page }) => {
    await page.goto('#the-cascade-baidu');
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'baidu');
    await expectNoAxeViolations(page, 'effects on, mid-scroll', '.scrolly');
    await root(page, 'cascade').getByRole('button', { name: 'Turn off scrolling effects' }).click();
    await expectNoAxeViolations(page, 'effects off', '.scrolly');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the graphic is pinned above the step cards and follows them', async ({ page }) => {
    await page.goto('zh/');
    for (const state of ['zhipu', 'bytedance', 'alibaba']) {
      await readTo(page, `the-cascade-${state}`, 0.6);
      await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', state);
    }
    const graphic = await page.locator('.scrolly[data-chart="cascade"] .scrolly-graphic').boundingBox();
    const card = await page.locator('#the-cascade-alibaba .scrolly-card').boundingBox();
    expect(graphic!.y).toBeLessThan(80);
    expect(graphic!.y + graphic!.height).toBeLessThanOrEqual(card!.y + 2);
    await expect(
      page.locator('.scrolly[data-chart="cascade"] .scrolly-graphic svg[data-layout="compact"]'),
    ).toBeVisible();
  });

  test('a link to a step lands with its card in sight below the pinned graphic, in its state', async ({ page }) => {
    for (const [path, step, chart, state] of [
      ['', 'the-shot-gpt4o', 'price-gap', 'gpt4o'],
      ['zh-hant/', 'the-cascade-baidu', 'cascade', 'baidu'],
      ['zh/', 'investors-li-linghao', 'voices-investors', 'li-linghao'],
    ] as const) {
      await page.goto(`${path}#${step}`);
      await expect(root(page, chart)).toHaveAttribute('data-reading-state', state);
      const graphic = await root(page, chart).locator('.scrolly-graphic').boundingBox();
      const card = await page.locator(`#${step} .scrolly-card`).boundingBox();
      expect(card!.y, `${step}: the card starts below the graphic`).toBeGreaterThanOrEqual(
        graphic!.y + graphic!.height,
      );
      // Its first lines at least: the card may be longer than what is left of the screen.
      expect(card!.y + 80, `${step}: the card's first lines are on screen`).toBeLessThanOrEqual(844);
    }
  });

  test('tabbing through a step keeps its state, and nothing focused hides under the graphic', async ({ page }) => {
    for (const [path, start, chart] of [
      ['', 'the-cascade-deepseek', 'cascade'],
      ['zh-hant/', 'the-holdouts-all', 'voices-holdouts'],
    ] as const) {
      await page.goto(`${path}#${start}`);
      await page.locator(`#${start}`).focus();
      const graphic = root(page, chart).locator('.scrolly-graphic');
      // Through the step, its links (sources, notes, share), then into the next, and the ones after: a
      // card's last links, brought into view, may carry the next step past the reading line, and a step
      // whose top the browser thought in view may lie under the graphic.
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const step = document.activeElement?.closest('.scrolly-step');
          return step ? { step: (step as HTMLElement).dataset.stepState!, id: step.id } : undefined;
        });
        if (!focused) break;
        await page.waitForTimeout(400); // the scroll and its scrollend settle
        await expect(root(page, chart), `focus in ${focused.id}`).toHaveAttribute('data-reading-state', focused.step);
        // What has focus (a step, by its card) starts below the graphic and on screen.
        const top = await page.locator(':focus').evaluate((el) => {
          const shown = el.matches('.scrolly-step') ? el.querySelector('.scrolly-card')! : el;
          return shown.getBoundingClientRect().top;
        });
        const over = await graphic.boundingBox();
        expect(top, `focus in ${focused.id} is in sight`).toBeGreaterThanOrEqual(over!.y + over!.height);
        expect(top, `focus in ${focused.id} is on screen`).toBeLessThan(844 - 20);
      }
    }
    // The reader scrolls on with the wheel: the line reads again.
    await page.goto('#the-cascade-deepseek');
    await page.locator('#the-cascade-zhipu').focus();
    await readTo(page, 'the-cascade-alibaba', 0.6);
    await expect(root(page, 'cascade')).toHaveAttribute('data-reading-state', 'alibaba');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step is there, each followed by its chart in its state', async ({ page }) => {
    for (const path of ['', 'zh/', 'zh-hant/']) {
      await page.goto(path);
      for (const [section, { chart, states }] of Object.entries(SCROLLIES)) {
        await expect(root(page, chart).locator('.scrolly-graphic')).toBeHidden();
        for (const state of states) {
          const step = page.locator(`#${section}-${state}`);
          await expect(step.locator('.scrolly-card')).toBeVisible();
          await expectStepDrawing(step.locator('.scrolly-figure'), state);
        }
      }
      await expect(page.getByRole('button', { name: /scrolling effects|滚动效果|滾動效果/ })).toHaveCount(0);
    }
  });
});
