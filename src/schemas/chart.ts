import { z } from 'astro/zod';
import { SECTION_IDS } from '../domain/editions';
import { idSchema } from './common';
import { localizedSchema } from './localized';

/**
 * A chart's caption (its title and takeaway), written once for every edition, and the section it belongs to
 * (for credits and embeds).
 */
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

export type ChartCaption = z.infer<typeof chartSchema>;
