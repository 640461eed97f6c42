import { z } from 'astro/zod';

/** A record's id: lower-case letters, digits and hyphens, stable across editions and in URLs. */
export const idSchema = z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens');

/** As precise as known: `2024`, `2024-05` or `2024-05-27`. */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A full date, YYYY-MM-DD. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** The ids of the sources a record rests on; each must be in content/data/sources.json. */
export const sourceIdsSchema = z.array(idSchema).min(1, 'needs at least one source id');
