/** Where embeds, their oEmbed files, share pages and share images live, and the snippets publishers paste. */
import type { Edition, SectionId } from '../domain/editions';

/** True for a page under `embed/`: one section or chart inside another site's page. */
export const isEmbedPath = (pathname: string) => /\/embed\//.test(pathname);

/** What can be embedded: a section, or a chart (`chart/<id>`). */
export type EmbedSlug = SectionId | `chart/${string}`;

/** The attribute our host script looks for on an iframe. */
export const EMBED_ATTRIBUTE = 'data-price-butcher-embed';

/** Default iframe heights until the embed reports its own, for sections and for charts. */
export const DEFAULT_HEIGHT = { section: 900, chart: 560 } as const;

export const embedPath = (edition: Edition, slug: EmbedSlug) => `${edition.path}embed/${slug}/`;
export const oembedPath = (edition: Edition, slug: EmbedSlug) => `oembed/${edition.id}/${slug}.json`;
/** The share page of a section, or of one step of its scrolly (named by the step's state). */
export const sharePath = (edition: Edition, section: SectionId, state?: string) =>
  `${edition.path}share/${section}/${state ? `${state}/` : ''}`;
/** The share image of a section, or of one step: the chart in that step's state. */
export const shareImagePath = (edition: Edition, section: SectionId, state?: string) =>
  `og/${edition.id}/${section}${state ? `/${state}` : ''}.png`;

/** Share images are 1200 × 630, the size Open Graph and Twitter cards expect. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An iframe and our host script, which sets the iframe's height from the embed's messages. */
export function embedSnippet(options: { src: string; title: string; height: number; hostScript: string }): string {
  return (
    `<iframe src="${escape(options.src)}" title="${escape(options.title)}" ${EMBED_ATTRIBUTE} ` +
    `style="width:100%;border:0" height="${options.height}" loading="lazy"></iframe>\n` +
    `<script src="${escape(options.hostScript)}" async></script>`
  );
}

/**
 * The same with pym.js, for publishers who already use it: pym's own markup, no inline script, so it
 * works under a strict Content-Security-Policy and pasted twice makes two embeds (pym gives each element
 * an id of its own). pym accepts a message only from an origin matching `xdomain`, a pattern it tests
 * against the end of the origin: anchored at the start too, it admits our site's origin and no other,
 * so an ad frame on the publisher's page, or a page that opened theirs, cannot send `navigateTo` and
 * take their tab away, or resize or scroll it. With `tracksScroll` (an embed with a scrolly), pym tells
 * the frame where it is as the page scrolls (each 16 ms at most, a frame), and the address says so
 * (`scroll=host`), so that the embed knows to pin its chart before it is first sized.
 */
export function pymSnippet(options: { src: string; title: string; pymScript: string; tracksScroll?: boolean }): string {
  const src = options.tracksScroll ? `${options.src}?scroll=host` : options.src;
  const tracking = options.tracksScroll ? ' data-pym-trackscroll="true" data-pym-scrollwait="16"' : '';
  return (
    `<div data-pym-src="${escape(src)}" data-pym-xdomain="${escape(originPattern(options.src))}" ` +
    `data-pym-title="${escape(options.title)}"${tracking}></div>\n` +
    `<script src="${escape(options.pymScript)}"></script>`
  );
}

/** A pattern that matches exactly the origin of a URL, for pym's `xdomain` (which appends `$`). */
export function originPattern(url: string): string {
  return `^${new URL(url).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}
