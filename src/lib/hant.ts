/**
 * Simplified → Traditional Chinese for the 繁體 edition, written for readers in Taiwan. Our own narrative
 * and interface go through OpenCC's Taiwan phrase table (`cn` → `twp`: 數據 → 資料, 英偉達 → 輝達). Quotes
 * and the titles of cited works are the speakers' and authors' words, so they are converted character by
 * character (`cn` → `tw`). Both take Taiwan's quotation marks, 「」 and 『』. Where OpenCC is wrong for this
 * article, `hant-exceptions.ts` says what we print instead.
 */
import { ConverterFactory, Locale, type DictGroup } from 'opencc-js';
import type { Quote } from '../schemas/quote';
import type { ChartModel } from './charts/model';
import { HANT_EXCEPTIONS, type HantException } from './hant-exceptions';

export type HantMode = 'words' | 'characters';

const QUOTATION_MARKS: [string, string][] = [
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

/** One of OpenCC's dictionary presets, by name. */
function preset(presets: Record<string, readonly DictGroup[]>, name: string): readonly DictGroup[] {
  const found = presets[name];
  if (!found) throw new Error(`opencc-js has no preset "${name}"`);
  return found;
}
const [cn, tw, twp] = [preset(Locale.from, 'cn'), preset(Locale.to, 'tw'), preset(Locale.to, 'twp')];

const table = (exceptions: HantException[]): [string, string][] => exceptions.map((e) => [e.opencc, e.ours]);

/** OpenCC alone, as it ships: for the tests that check each exception is still needed. */
export const opencc: Record<HantMode, (text: string) => string> = {
  words: ConverterFactory(cn, twp),
  characters: ConverterFactory(cn, tw),
};

const converters: Record<HantMode, (text: string) => string> = {
  words: ConverterFactory(cn, twp, [table(HANT_EXCEPTIONS.words), QUOTATION_MARKS]),
  // Quotation marks are typography, not the speaker's words: Taiwan's 「」 inside quotes too.
  characters: ConverterFactory(cn, tw, [table(HANT_EXCEPTIONS.characters), QUOTATION_MARKS]),
};

/** Converts plain text; Latin letters, digits and punctuation other than quotation marks pass through. */
export function toHant(text: string, mode: HantMode = 'words'): string {
  return converters[mode](text);
}

/** Elements whose text is someone else's words, converted character by character: `<cite>` titles. */
const VERBATIM =
  /<([a-z][a-z0-9-]*)\b[^>]*\bdata-opencc="characters"[^>]*>[\s\S]*?<\/\1>|<cite\b[^>]*>[\s\S]*?<\/cite>/gi;
/**
 * Elements left as they are: the link labelled 简体中文, and text converted before it reached the page
 * (quotes, whose glosses and line breaks would otherwise cut a phrase such as 这么卷 in two).
 */
const KEEP = /<([a-z][a-z0-9-]*)\b[^>]*\bdata-opencc="keep"[^>]*>[\s\S]*?<\/\1>/gi;

/**
 * Converts the text and attribute values of an HTML fragment, leaving tags and attribute names alone:
 * elements marked `data-opencc="keep"` unchanged, `<cite>` and those marked `data-opencc="characters"`
 * character by character, and the rest word by word. A marked element must not contain another of its
 * own name.
 */
export function toHantHtml(html: string): string {
  const held: string[] = [];
  const hold = (text: string) => `\u0000${held.push(text) - 1}\u0000`;
  const marked = html.replace(KEEP, hold).replace(VERBATIM, (match) => hold(toHant(match, 'characters')));
  // OpenCC touches only Han characters and quotation marks, so tags, URLs and ids (ASCII here) pass through.
  return toHant(marked).replace(/\u0000(\d+)\u0000/g, (_, i: string) => held[Number(i)] ?? '');
}

/** A quote as readers of the 繁體 edition see it: the speaker's words, character by character. */
export function hantQuote<Q extends Quote>(quote: Q): Q {
  const original = toHant(quote.original, 'characters');
  // A glossed phrase is read in its sentence (这么卷, not 卷 alone), then cut from the converted whole.
  if (original.length !== quote.original.length)
    throw new Error(`content/data/quotes.json: "${quote.id}" changes length when converted to Traditional`);
  return {
    ...quote,
    original,
    annotations: quote.annotations.map((note) => {
      if (note.on === 'speaker') return note;
      const at = quote.original.indexOf(note.on.original);
      return { ...note, on: { ...note.on, original: original.slice(at, at + note.on.original.length) } };
    }),
  };
}

/**
 * A chart model with its words converted: our labels word by word, quoted words (marks and link excerpts
 * marked `verbatim`, already converted with `hantQuote`) left as they are.
 */
export function hantModel(model: ChartModel): ChartModel {
  return {
    ...model,
    marks: model.marks.map((mark) => ({
      ...mark,
      ...(mark.text !== undefined && !mark.verbatim ? { text: toHant(mark.text) } : {}),
      ...(mark.link
        ? {
            link: {
              ...mark.link,
              label: toHant(mark.link.label),
              ...(mark.link.excerpt && !mark.link.verbatim ? { excerpt: toHant(mark.link.excerpt) } : {}),
            },
          }
        : {}),
    })),
  };
}
