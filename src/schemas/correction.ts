import { z } from 'astro/zod';
import { localizedSchema } from './localized';

/** corrected: the source was wrong; attributed: only the source says it; conflicting: sources disagree. */
export const VERDICTS = ['corrected', 'attributed', 'conflicting'] as const;

/** A fact-check of the source article: what it said, what other reporting says, and where that is from. */
export const correctionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
    verdict: z.enum(VERDICTS),
    topic: localizedSchema,
    said: localizedSchema,
    finding: localizedSchema,
    sources: z.array(z.string().min(1)).min(1, 'needs at least one source id'),
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
