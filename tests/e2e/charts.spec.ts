import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { PALETTE } from '../../src/styles/palette';
import { EDITIONS, scrollThrough, toHant } from './helpers';

const CHARTS = ['price-gap', 'cascade', 'cuts', 'gpu-stock', 'yuan-buys', 'deepseek-path'];
const prices: {
  id: string;
  model: string | { en: string; zh: string };
  inputAfter: number;
  outputAfter: number | null;
}[] = JSON.parse(readFileSync(new URL('../../content/data/prices.json', import.meta.url), 'utf8'));

/** A price as each edition prints it, worked out here independently of the site's formatter. */
function yuan(value: number, lang: string): string {
  if (lang === 'en') return value === 0 ? 'free' : `¥${value}`;
  const text = value === 0 ? '免费' : `${value}元`;
  return lang === 'zh-Hant-TW' ? toHant(text) : text;
}

async function openTables(page: Page) {
  await page
    .locator('details.chart-data')
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const edition of EDITIONS) {
    test(`${edition.name}: every chart is in the page as SVG, named, described and sourced`, async ({ page }) => {
      await page.goto(edition.path);
      for (const id of CHARTS) {
        // A chart is a figure, or a scrolly whose steps each carry a drawing of their state.
        const figure = page.locator(`.chart[data-chart="${id}"]`);
        await expect(figure, id).toHaveCount(1);
        const title = (await figure.locator('.chart-title').innerText()).trim();
        expect(title.length, `${id} has a title`).toBeGreaterThan(3);
        expect(
          (await figure.locator('.chart-takeaway').innerText()).trim().length,
          `${id} has a takeaway`,
        ).toBeGreaterThan(20);
        // Marks drawn: a unit chart's squares are drawn as one path a group, a square to each subpath.
        const markCount = (svg: string) =>
          [...svg.matchAll(/<(\w+) class="([^"]*)" data-key="[^"]*"[^>]*?(?: d="([^"]*)")?[^>]*>/g)]
            .map(([, tag, classes, d]) =>
              tag === 'path' && classes!.split(' ').includes('unit') ? (d!.match(/M/g) ?? []).length : 1,
            )
            .reduce((a, b) => a + b, 0);
        // A drawing is inline SVG (a chart whose marks are links), or an image of an SVG file.
        const markup = async (drawing: Locator) => {
          const src = await drawing.getAttribute('src');
          if (src === null) return drawing.evaluate((el) => el.outerHTML);
          const file = await page.request.get(new URL(src, page.url()).href);
          expect(file.headers()['content-type'], `${id}: the drawing is an SVG file`).toContain('image/svg+xml');
          return file.text();
        };
        const steps = figure.locator('.scrolly-step');
        if ((await steps.count()) === 0) {
          const drawing = figure.getByRole('img', { name: title }).first();
          await expect(drawing, `${id} is an image named by its title`).toBeVisible();
          expect(markCount(await markup(drawing)), `${id} draws its marks`).toBeGreaterThan(10);
        } else {
          // Each step's drawing is an image whose alternative text says what it shows in that state.
          for (const step of await steps.all()) {
            const alt = (await step.locator('.scrolly-alt').textContent())!.trim();
            const image = step.getByRole('img', { name: alt, exact: true });
            await expect(image, `${id}: a step's drawing is named by what it shows`).toBeVisible();
            expect(markCount(await markup(image)), `${id} draws its marks`).toBeGreaterThan(10);
          }
        }
        // Every source link lands on a listed source.
        for (const href of await figure
          .locator('.chart-source a')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
          await expect(page.locator(href), `${id} cites ${href}`).toHaveCount(1);
        }
      }
    });
  }
});

for (const edition of EDITIONS) {
  test(`${edition.name}: the cascade's data table holds every row of the price data`, async ({ page }) => {
    await page.goto(edition.path);
    const table = page.locator('.chart[data-chart="cascade"] table');
    await page.locator('.chart[data-chart="cascade"] .chart-data summary').click();
    await expect(table).toBeVisible();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())),
      );
    expect(rows).toHaveLength(prices.length);
    prices.forEach((price, i) => {
      const row = rows[i]!;
      // The model's name as each language's press writes it: 豆包pro-32k, not Doubao pro-32k, in Chinese.
      const model = typeof price.model === 'string' ? price.model : price.model[edition.lang === 'en' ? 'en' : 'zh'];
      expect(row[2], `row ${i + 1} model`).toBe(edition.lang === 'zh-Hant-TW' ? toHant(model) : model);
      expect(row[4], `${price.id} input after`).toBe(yuan(price.inputAfter, edition.lang));
      expect(row[5], `${price.id} output after`).toBe(
        price.outputAfter === null ? '—' : yuan(price.outputAfter, edition.lang),
      );
    });
  });
}

test('the downloads are at their stable URLs and hold the same data', async ({ page, request }) => {
  await page.goto('');
  const links = page.locator('#sources .downloads a');
  await expect(links).toHaveCount(2);
  const csvHref = await links.nth(0).getAttribute('href');
  const jsonHref = await links.nth(1).getAttribute('href');
  expect(csvHref).toMatch(/\/data\/prices\.csv$/);
  expect(jsonHref).toMatch(/\/data\/prices\.json$/);

  const csv = await request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split(/\r\n/);
  expect(lines[0]).toContain('input_after_cny_per_million');
  expect(lines).toHaveLength(prices.length + 1);
  for (const price of prices) expect(lines.some((line) => line.startsWith(`${price.id},`))).toBe(true);

  const json = await request.get(jsonHref!);
  expect(json.status()).toBe(200);
  const body = await json.json();
  expect(body.exchangeRate.cnyPerUsd).toBe(7.102);
  expect(body.prices.map((p: { id: string; inputAfter: number }) => [p.id, p.inputAfter])).toEqual(
    prices.map((p) => [p.id, p.inputAfter]),
  );
  expect(body.sources.length).toBeGreaterThan(20);
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  test('charts switch to their compact drawing and nothing overflows the screen', async ({ page }) => {
    await page.goto('zh/');
    for (const id of CHARTS) {
      const chart = page.locator(`.chart[data-chart="${id}"]`);
      await chart.scrollIntoViewIfNeeded();
      // A drawing inline, or a drawing file's image.
      await expect(chart.locator('[data-layout="compact"]:visible').first()).toBeVisible();
      await expect(chart.locator('[data-layout="wide"]:visible')).toHaveCount(0);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test('charts use their wide drawing', async ({ page }) => {
    await page.goto('');
    for (const id of CHARTS) {
      const chart = page.locator(`.chart[data-chart="${id}"]`);
      await expect(chart.locator('[data-layout="wide"]:visible').first()).toBeVisible();
      await expect(chart.locator('[data-layout="compact"]:visible')).toHaveCount(0);
    }
  });
});

/** The contrast with the page of each coloured mark of the wide drawings in view of `page`, in its scheme. */
const markContrasts = (page: Page, paper: string) =>
  page.evaluate((paper) => {
    const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const luminance = (css: string) => {
      const [r, g, b] = css
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map((n) => Number(n) / 255);
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    const background = luminance(paper);
    const contrast = (css: string) => {
      const l = luminance(css);
      return (Math.max(l, background) + 0.05) / (Math.min(l, background) + 0.05);
    };
    const marks = [
      ...document.querySelectorAll(
        '.chart-svg--wide .dot, .chart-svg--wide .bar:not(.is-industry):not(.is-source-only), .chart-svg--wide .unit:not(.unit--estimate)',
      ),
    ];
    return marks.map((m) => ({ key: m.getAttribute('data-key'), ratio: contrast(getComputedStyle(m).fill) }));
  }, paper);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: chart marks stand out from the page by at least 3:1`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('');
    const paper = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    // Each pinned graphic becomes a drawing in the page as it nears the screen.
    await scrollThrough(page);
    const ratios = await markContrasts(page, paper);
    // The figures are drawing files, shown over the same page.
    for (const src of await page
      .locator('figure.chart img.chart-svg--wide')
      .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src))) {
      await page.goto(src);
      ratios.push(...(await markContrasts(page, paper)));
    }
    expect(ratios.length).toBeGreaterThan(50);
    for (const { key, ratio } of ratios) expect(ratio, key!).toBeGreaterThanOrEqual(3);
  });
}

test('a step’s drawing file carries the page’s look: its colours in light and dark, its script’s font, allowed by the policy', async ({
  page,
}) => {
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  const blocked: string[] = [];
  await page.exposeFunction('reportBlocked', (what: string) => blocked.push(what));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportBlocked: (w: string) => void }).reportBlocked(event.violatedDirective),
    ),
  );
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Opened on its own, as a reader who opens the image would: served with the site's policy.
    await page.goto('drawings/zh-hant/the-cascade/baidu.wide.svg');
    const look = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        axis: style('text.axis-label').fill,
        deepseek: style('.dot.c-deepseek').fill,
        rival: style('text.label-name.c-rival').fill,
        font: style('text').fontFamily,
      };
    });
    const palette = PALETTE[colorScheme];
    expect(look.axis, `${colorScheme}: the axis label`).toBe(rgb(palette['ink-2']));
    expect(look.deepseek, `${colorScheme}: DeepSeek's dot`).toBe(rgb(palette.deepseek));
    expect(look.rival, `${colorScheme}: a rival's name`).toBe(rgb(palette.rival));
    expect(look.font, 'the 繁體 drawing asks for a Traditional font').toContain('Noto Sans CJK TC');
  }
  expect(blocked, 'nothing blocked by the policy').toEqual([]);
});

test('axe finds no violation with every chart’s data table open', async ({ page }) => {
  for (const edition of EDITIONS) {
    await page.goto(edition.path);
    await openTables(page);
    await expectNoAxeViolations(page, `${edition.name}, every data table open`, '.chart-data');
  }
});
