/** Facts about the publication itself. */

/** The day the article was published, as an ISO date. */
export const PUBLISHED = '2026-11-28';
