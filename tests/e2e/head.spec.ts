import { expect, test } from '@playwright/test';
import { EDITIONS } from './helpers';

for (const edition of EDITIONS) {
  test(`${edition.name}: head metadata names the page, its language and its alternates`, async ({ page, request }) => {
    await page.goto(edition.path);
    const head = page.locator('head');
    const title = await page.title();
    expect(title.length).toBeGreaterThan(3);
    const description = await head.locator('meta[name="description"]').getAttribute('content');
    expect(description!.length).toBeGreaterThan(40);

    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/${edition.path.replace('/', '\\/')}$`));

    const alternates = await head
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
      );
    expect(Object.keys(alternates).sort()).toEqual(['en', 'x-default', 'zh-Hans', 'zh-Hant-TW']);
    for (const other of EDITIONS) expect(new URL(alternates[other.lang]!).pathname).toBe(`/${other.path}`);
    expect(alternates[edition.lang]).toBe(canonical);

    const og = async (property: string) => head.locator(`meta[property="${property}"]`).getAttribute('content');
    expect(await og('og:title')).toBe(title);
    expect(await og('og:description')).toBe(description);
    expect(await og('og:url')).toBe(canonical);
    expect(await og('og:type')).toBe('article');
    expect(await head.locator('meta[name="twitter:card"]').getAttribute('content')).toBeTruthy();
    expect(await head.locator('meta[name="twitter:title"]').getAttribute('content')).toBe(title);

    // The Traditional edition's head is converted too.
    if (edition.lang === 'zh-Hant-TW') expect(title).toContain('價格');
    if (edition.lang === 'zh-Hans') expect(title).toContain('价格');

    for (const href of await head
      .locator('link[rel="icon"]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')!))) {
      const response = await request.get(href);
      expect(response.status(), `icon ${href}`).toBe(200);
    }
  });
}
