import { z } from 'astro/zod';
import { idSchema, sourceIdsSchema } from './common';
import { localizedSchema } from './localized';

/**
 * corrected: the source was wrong; attributed: only the source says it; partly: part of the claim is
 * confirmed elsewhere and part only in the source; conflicting: sources disagree.
 */
export const VERDICTS = ['corrected', 'attributed', 'partly', 'conflicting'] as const;

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
