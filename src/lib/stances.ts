/** What the story says of each company and person on the stance map: where they lead, their words, their view. */
import type { Lang } from '../domain/editions';
import { words } from '../i18n';
import type { Quote } from '../schemas/quote';
import type { StanceRow } from '../schemas/stance';

/** Where a name on the map leads: the first quote, or the passage that paraphrases them. */
export function stanceHref(row: StanceRow): `#${string}` {
  return row.quotes[0] ? `#quote-${row.quotes[0]}` : `#${row.link}`;
}

/** The words of a quote a reader of this language reads: our translation, or the speaker's own. */
export function quoteText(quote: Pick<Quote, 'translation' | 'original'>, lang: Lang): string {
  return quote[words(lang).quoteText];
}

/** What a reader sees on hover or focus: their first quote (whole; a card cuts it to fit), or our paraphrase. */
export function stanceExcerpt(row: StanceRow, quotes: readonly Quote[], lang: Lang): string {
  const quote = quotes.find((q) => q.id === row.quotes[0]);
  if (row.quotes[0] && !quote)
    throw new Error(
      `content/data/stances.json: "${row.id}" names quote "${row.quotes[0]}", which is not in content/data/quotes.json`,
    );
  if (quote) return quoteText(quote, lang);
  if (row.paraphrase) return `${row.paraphrase[lang]}${paraphrasedLabel(lang, true)}`;
  // A company with no words of its own on record: what it did.
  return row.summary?.[lang] ?? '';
}

/** The label that marks our words as a paraphrase: ` (paraphrased)` after text, `(paraphrased)` alone. */
export function paraphrasedLabel(lang: Lang, afterText = false): string {
  const { punctuation, stance } = words(lang);
  const label = punctuation.paren(stance.paraphrased);
  return afterText ? label : label.trim();
}

/** Their view in a few words: the row's own note where one word would not do. */
export function viewOf(row: StanceRow, lang: Lang): string {
  return row.viewNote?.[lang] ?? words(lang).stance.view[row.view];
}
