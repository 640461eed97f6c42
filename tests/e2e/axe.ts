import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules we hold every page to: WCAG 2.2, levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe on the page as it is now and fails, naming the page and each rule broken, if anything is wrong.
 * The page must not hold frames: they would not be checked. `only` limits the check to what a selector
 * matches.
 */
export async function expectNoAxeViolations(page: Page, label: string, only?: string): Promise<void> {
  let builder = new AxeBuilder({ page })
    // Our pages hold no frames, so axe runs in the page itself (legacy mode) rather than gathering the
    // results of every frame through a blank page: half the time, the same rules.
    .setLegacyMode(true)
    // Only violations are reported in full. (`options` replaces what `withTags` sets: it comes first.)
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_22_AA);
  // A page in a state of its own (a table open, a popover shown) is checked where that state shows: the
  // rest of it is the page every-page sweep (a11y.spec.ts) has checked already.
  if (only) builder = builder.include(only);
  const results = await builder.analyze();
  expect(await page.locator('iframe').count(), `${label}: a page with frames needs axe's frame support`).toBe(0);
  const found = results.violations.map((v) => `${label} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
  expect(found, label).toEqual([]);
}
