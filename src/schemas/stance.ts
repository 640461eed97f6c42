import { z } from 'astro/zod';
import { MAY_2024, VIEWS } from '../domain/vocabulary';
import { idSchema, sourceIdsSchema } from './common';
import { localizedSchema } from './localized';

/** A company or person of the story, placed on the stance map and linked to their words. */
export const stanceSchema = z
  .object({
    id: idSchema,
    name: localizedSchema,
    /** A shorter name for narrow drawings (an asterisk marks a pseudonym). */
    short: localizedSchema.optional(),
    kind: z.enum(['company', 'person']),
    may2024: z.enum(MAY_2024),
    view: z.enum(VIEWS),
    /** Where one word does not sum up their view (sceptical of the war, but expecting cheaper prices). */
    viewNote: localizedSchema.optional(),
    /** Their quotes in content/data/quotes.json, the one to link to first. */
    quotes: z.array(idSchema),
    /** For those paraphrased, never quoted: the gist, in our words. */
    paraphrase: localizedSchema.optional(),
    /** What a company did, in our words, where it has no words of its own on record. */
    summary: localizedSchema.optional(),
    /** Where to send a reader when there is no quote: a section or step id. */
    link: idSchema.optional(),
    sources: sourceIdsSchema,
  })
  .strict()
  .superRefine((row, ctx) => {
    if (row.quotes.length === 0 && !row.link) {
      ctx.addIssue({ code: 'custom', path: ['link'], message: 'is required when there is no quote to link to' });
    }
    if (row.quotes.length === 0 && !row.paraphrase && !row.summary) {
      ctx.addIssue({
        code: 'custom',
        path: ['summary'],
        message: 'is required when there is neither a quote nor a paraphrase: the map has something to show',
      });
    }
  });

export type StanceRow = z.infer<typeof stanceSchema>;
