/**
 * What every part of a page needs to know about the page it is on, worked out once per page by
 * `src/middleware.ts` and read from `Astro.locals.page`: its edition and language, the site's base, whether
 * it is an embed, the edition's words.
 */
import { editionFromPath, editionHref, type Edition, type Lang } from '../domain/editions';
import { words, type Words } from '../i18n';
import { isEmbedPath } from './embeds';
import type { ChartModel } from './charts/model';
import { hantModel, toHant } from './hant';

export interface PageContext {
  edition: Edition;
  /** The edition's hand-written language: of its words, of its data's text, of its charts' labels. */
  lang: Lang;
  /** The site's base path, starting and ending with '/'. */
  base: string;
  /** A page under `embed/`: one section or chart inside another site's page. */
  isEmbed: boolean;
  /** The edition's words (Simplified in both Chinese editions: the 繁體 page converts them with its body). */
  t: Words;
  /** The edition's article, from the site's root: where a link out of an embed leads. */
  article: string;
  /** Text in the edition's script, for text that does not pass through the page's body (head, URLs). */
  inScript(text: string): string;
  /** A chart's model in the edition's script (the 繁體 one converted mark by mark, quotes kept). */
  modelInScript(model: ChartModel): ChartModel;
}

export function pageContext(edition: Edition, base: string, isEmbed = false): PageContext {
  return {
    edition,
    lang: edition.content,
    base,
    isEmbed,
    t: words(edition.content),
    article: editionHref(edition, base),
    inScript: (text) => (edition.traditional ? toHant(text) : text),
    modelInScript: (model) => (edition.traditional ? hantModel(model) : model),
  };
}

/** The context of the page at a path under the site's base. */
export function pageContextAt(pathname: string, base: string): PageContext {
  return pageContext(editionFromPath(pathname, base), base, isEmbedPath(pathname));
}
