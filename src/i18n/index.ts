/** Our words in each hand-written language: `words(lang)`, and `localize` for the data's `{ en, zh }` text. */
import type { Lang } from '../domain/editions';
import { en, type Words } from './en';
import { zh } from './zh';

export type { Words } from './en';

const WORDS: Readonly<Record<Lang, Words>> = { en, zh };

/**
 * The words of a language. Both Chinese editions get the Simplified words: the 繁體 page is converted
 * once, as a whole, so that nothing is converted twice.
 */
export function words(lang: Lang): Words {
  return WORDS[lang];
}

/**
 * Text the data writes once per language (`{ en, zh }`), in one of them; a name that is the same in every
 * language (`"GPT-4o"`) is itself.
 */
export function localize(text: string | Readonly<Record<Lang, string>>, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}
