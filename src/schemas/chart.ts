import { z } from 'astro/zod';
import { SECTION_IDS } from '../lib/editions';
import { idSchema } from './common';
import { localizedSchema } from './localized';

/** A chart's words, written once for every edition, and the section it belongs to (for credits and embeds). */
export const chartSchema = z
  .object({
    id: idSchema,
    section: z.enum(SECTION_IDS),
    title: localizedSchema,
    takeaway: localizedSchema,
    /** A correction id from content/data/corrections.json to show beneath the chart. */
    factcheck: idSchema.optional(),
  })
  .strict();

export type ChartText = z.infer<typeof chartSchema>;
