/** Facts about the publication itself: when it came out and when it was last revised. */

/** The day the article was published, as an ISO date. */
export const PUBLISHED = '2026-11-28';

/** The day of the last editorial revision (the second edition, after an independent edit), as an ISO date. */
export const UPDATED = '2026-12-01';
