import { z } from 'astro/zod';
import { VERDICTS } from '../domain/vocabulary';
import { idSchema, sourceIdsSchema } from './common';
import { localizedSchema } from './localized';

/** A fact-check of the source article: what it said, what other reporting says, and where that is from. */
export const correctionSchema = z
  .object({
    id: idSchema,
    verdict: z.enum(VERDICTS),
    topic: localizedSchema,
    said: localizedSchema,
    finding: localizedSchema,
    sources: sourceIdsSchema,
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
