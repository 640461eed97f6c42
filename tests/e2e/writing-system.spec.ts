import { expect, test, type Page } from '@playwright/test';
import { articleText, hanCharacters, toHant } from './helpers';

test('the English edition is written in English', async ({ page }) => {
  await page.goto('');
  // Chinese names and quoted originals are marked with their own lang; the rest must be Latin script.
  const text = await page.locator('main article').evaluate((article) => {
    const clone = article.cloneNode(true) as HTMLElement;
    // The prose a reader reads: not the charts' labels, data tables or the steps' text alternatives.
    clone.querySelectorAll('[lang^="zh"], svg, table, .scrolly-alt, .embed-control').forEach((el) => el.remove());
    return clone.textContent ?? '';
  });
  const han = hanCharacters(text).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  expect(letters).toBeGreaterThan(15_000);
  expect(han / letters).toBeLessThan(0.02);
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
  // A real long-read, not padding: some 2,500 to 6,500 words of English, quotes, notes and sources included.
  expect(words).toBeGreaterThan(2_500);
  expect(words).toBeLessThan(6_500);
});

test('the Simplified edition is written in Simplified Chinese', async ({ page }) => {
  await page.goto('zh/');
  const text = await articleText(page);
  const han = hanCharacters(text);
  expect(han.length).toBeGreaterThan(5_000);
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  expect(han.length / letters).toBeGreaterThan(0.7);
  // Converting to Traditional changes many characters: the text is Simplified, not Traditional.
  const changed = han.filter((c) => toHant(c) !== c).length;
  expect(changed / han.length).toBeGreaterThan(0.1);
  const traditionalOnly = han.filter((c) => '們這說為與從將後來時國會業價們麼變給還點開關長'.includes(c));
  expect(traditionalOnly).toEqual([]);
});

/** The text of the article's prose paragraphs and of its quotes, in order. */
const readBlocks = (page: Page) =>
  page.locator('main article').evaluate((article) => ({
    // Our words: every paragraph and heading outside the quotes and charts (the figures).
    prose: [...article.querySelectorAll('p, h2, h3')]
      .filter((el) => !el.closest('figure'))
      .map((el) => (el as HTMLElement).innerText),
    quotes: [...article.querySelectorAll('.quote-text')].map((el) => (el as HTMLElement).innerText),
  }));

test('the Traditional edition is the Simplified one converted: our words for Taiwan, quotes character by character', async ({
  page,
}) => {
  await page.goto('zh/');
  const simplified = await readBlocks(page);
  await page.goto('zh-hant/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
  const traditional = await readBlocks(page);
  expect(hanCharacters(traditional.prose.join('')).length).toBeGreaterThan(4_000);
  expect(traditional.prose).toEqual(simplified.prose.map((text) => toHant(text)));
  expect(traditional.quotes).toEqual(simplified.quotes.map((text) => toHant(text, 'characters')));
  // Taiwan's words in our prose, the speakers' own in their quotes.
  expect(traditional.prose.join('')).toContain('輝達');
  expect(traditional.prose.join('')).not.toContain('英偉達');
  expect(traditional.quotes.join('')).toContain('這麼捲');
  expect(traditional.prose.join('')).toMatch(/「[^」]+」/);
  expect(traditional.prose.join('')).not.toMatch(/[“”]/);
  const traditionalText = await articleText(page);
  // 云 too: OpenCC reads 有云 as "it is said" and leaves it, so 还有云业务 would stay half-converted.
  const simplifiedOnly = hanCharacters(traditionalText).filter((c) =>
    '们这说为与从将后来时国会业价么变给还点开关长云'.includes(c),
  );
  expect(simplifiedOnly).toEqual([]);
});
