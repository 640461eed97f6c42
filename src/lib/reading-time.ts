/** How long an edition takes to read, worked out at build time from its own words. */

/** English: words a minute for attentive reading of a long-form piece. */
export const ENGLISH_WORDS_PER_MINUTE = 230;
/** Chinese: characters a minute (adults read about 300 to 500 Han characters a minute). */
export const CHINESE_CHARACTERS_PER_MINUTE = 400;

/** The readable text of an MDX body: without frontmatter, components, markup and link targets. */
export function proseOf(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[A-Za-z][^>]*?\/>/gs, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/gs, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>[\]`|]/g, ' ');
}

/** Whole minutes, at least one: words for English, Han characters (and any Latin words) for Chinese. */
export function readingMinutes(text: string, lang: 'en' | 'zh'): number {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
  const minutes =
    lang === 'en'
      ? words / ENGLISH_WORDS_PER_MINUTE
      : han / CHINESE_CHARACTERS_PER_MINUTE + words / ENGLISH_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
