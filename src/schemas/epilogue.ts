import { z } from 'astro/zod';
import { dateSchema, idSchema, sourceIdsSchema } from './common';
import { localizedSchema } from './localized';

const price = z.number().nonnegative('must be zero (free) or more');

/** DeepSeek's list prices after V2, in yuan per million tokens: input served from cache, input not, output. */
const tieredSchema = z.object({ cacheHit: price, cacheMiss: price, output: price }).strict();

const base = { id: idSchema, date: dateSchema, event: localizedSchema, sources: sourceIdsSchema };

/** One row of the brief's "what happened next" table. */
export const epilogueSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...base,
      kind: z.literal('release'),
      model: z.string().trim().min(1),
      list: tieredSchema,
      /** DeepSeek's own dollar price list, published beside the yuan one (not a conversion). */
      usd: tieredSchema.optional(),
      promo: tieredSchema.extend({ until: dateSchema }).strict().optional(),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('discount'),
      /** The day it took effect, where that is not the day it was announced (`date`). */
      from: dateSchema,
      /** The hours it applies, in each language. */
      window: localizedSchema,
      /** The share of the list price each model costs in the window: 0.5 is half price. */
      share: z.array(z.object({ model: z.string().trim().min(1), share: z.number().gt(0).lt(1) }).strict()).min(1),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('market'),
      figure: localizedSchema,
      note: localizedSchema.optional(),
    })
    .strict(),
]);

export type EpilogueRow = z.infer<typeof epilogueSchema>;
