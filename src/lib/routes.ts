/**
 * Every HTML page of the site, per edition (`/`, `/zh/`, `/zh-hant/`): the article; an embed page for
 * each section and chart (`embed/<section>/`, `embed/chart/<id>/`); a share page for each section
 * (`share/<section>/`) and for each step of its scrollies (`share/<section>/<state>/`); and a 404 page.
 * The page router, the oEmbed files and the tests read this list.
 */
import { EDITIONS, SECTION_IDS, type Edition, type SectionId } from '../domain/editions';
import { CHART_IDS } from './charts';
import { sharePath, type EmbedSlug } from './embeds';

export type Page =
  | { kind: 'article'; edition: Edition }
  | { kind: 'embed'; edition: Edition; slug: EmbedSlug }
  | { kind: 'share'; edition: Edition; section: SectionId; state?: string }
  | { kind: 'not-found'; edition: Edition };

/** What can be embedded: every section and every chart. */
export const EMBED_SLUGS: readonly EmbedSlug[] = [...SECTION_IDS, ...CHART_IDS.map((id) => `chart/${id}` as const)];

/** A step of a scrolly, by its section and the state it shows. */
export interface SharedStep {
  section: SectionId;
  state: string;
}

/**
 * Each page with its path under the edition's folder ('' for the article; `404` becomes `404.html`).
 * `stepsOf` lists each edition's steps (the MDX records them; src/content/sections.ts reads them).
 */
export function sitePages(stepsOf: (edition: Edition) => readonly SharedStep[] = () => []): {
  path: string;
  page: Page;
}[] {
  return EDITIONS.flatMap((edition): { path: string; page: Page }[] => [
    { path: edition.path, page: { kind: 'article', edition } },
    ...EMBED_SLUGS.map((slug) => ({
      path: `${edition.path}embed/${slug}/`,
      page: { kind: 'embed' as const, edition, slug },
    })),
    ...SECTION_IDS.map((section) => ({
      path: sharePath(edition, section),
      page: { kind: 'share' as const, edition, section },
    })),
    ...stepsOf(edition).map(({ section, state }) => ({
      path: sharePath(edition, section, state),
      page: { kind: 'share' as const, edition, section, state },
    })),
    { path: `${edition.path}404/`, page: { kind: 'not-found', edition } },
  ]);
}
