/**
 * Simplified → Traditional Chinese, with OpenCC's `cn` → `tw` converter (Taiwan standard characters,
 * without phrase substitution, so that quoted words stay the speaker's words).
 */
import { Converter } from 'opencc-js';

const convert = Converter({ from: 'cn', to: 'tw' });

/** Converts plain text. Latin letters, digits and punctuation pass through unchanged. */
export function toHant(text: string): string {
  return convert(text);
}

/**
 * Converts the text and attribute values of an HTML fragment, leaving tags and attribute names alone.
 * Elements marked `data-opencc="keep"` (for example a link labelled 简体) keep their characters.
 */
export function toHantHtml(html: string): string {
  const keep: string[] = [];
  const protectedHtml = html.replace(
    /<([a-z][a-z0-9-]*)\b[^>]*\bdata-opencc="keep"[^>]*>[\s\S]*?<\/\1>/gi,
    (match) => `\u0000${keep.push(match) - 1}\u0000`,
  );
  // OpenCC touches only Han characters, so tags, URLs and ids (all ASCII here) pass through unchanged.
  return convert(protectedHtml).replace(/\u0000(\d+)\u0000/g, (_, i: string) => keep[Number(i)] ?? '');
}
