/**
 * A drawing as a file of its own (`/drawings/…svg`, shown by an `<img>`): the same markup as the page's
 * inline drawing, with the look the page's stylesheet gives it carried inside, since an image reads no
 * stylesheet of the page's. Light and dark follow the reader's setting, as the page does.
 */
import type { Layout } from './model';
import { PALETTE } from '../../styles/palette';
import type { Edition, SectionId } from '../../domain/editions';

/** The font stacks a drawing's labels use, read from the tokens (the stylesheet's `@theme`) by name. */
export function fontStack(tokens: string, name: string): string {
  const found = new RegExp(`--${name}:\\s*([^;]+);`).exec(tokens);
  if (!found) throw new Error(`src/styles/tokens.css: no --${name} declaration, which drawing files use`);
  return found[1]!.replace(/\s+/g, ' ').trim();
}

/** CSS as text, without its comments and with its white space collapsed. */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** The labels' font for a language (a `:lang()` range; the first has none and is the default). */
export interface LabelFont {
  lang?: string;
  stack: string;
}

/**
 * The `<style>` of a drawing file: the palette's colours for each scheme, the labels' font for each
 * language (by the drawing's `xml:lang`), and the drawing rules of the page's stylesheet
 * (src/styles/drawing.css). The same for every drawing, so that the site's policy allows it by one hash.
 */
export function drawingStyle(rules: string, fonts: readonly LabelFont[]): string {
  const colours = (scheme: keyof typeof PALETTE) =>
    Object.entries(PALETTE[scheme])
      .map(([name, value]) => `--color-${name}:${value}`)
      .join(';');
  const font = fonts
    .map(({ lang, stack }) => (lang ? `svg:lang(${lang}){--font-ui:${stack}}` : `svg{--font-ui:${stack}}`))
    .join('');
  const style = `${font}svg{${colours('light')}}@media (prefers-color-scheme:dark){svg{${colours('dark')}}}${compactCss(rules)}`;
  // The style is the text of an XML element: these would end it, or be read as markup.
  if (/[<&]/.test(style)) throw new Error('src/styles/drawing.css: a drawing file\'s style may not contain "<" or "&"');
  return style;
}

/**
 * Where the drawing of one step of a section's scrolly is published, from the site's base; without a
 * state, the scrolly's pinned graphic: its opening state with every mark, hidden ones too, to move.
 */
export const drawingPath = (edition: Edition, section: SectionId, state: string | undefined, layout: Layout) =>
  `drawings/${edition.id}/${section}${state === undefined ? '' : `/${state}`}.${layout}.svg`;

/** Where a figure's drawing (a chart outside a scrolly, in one state) is published, from the site's base. */
export const figurePath = (edition: Edition, chart: string, state: string, layout: Layout) =>
  `drawings/${edition.id}/figures/${chart}/${state}.${layout}.svg`;
