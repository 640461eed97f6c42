import { z } from 'astro/zod';
import { idSchema, partialDateSchema } from './common';
import { localizedSchema } from './localized';

/** One source, listed once; figures, quotes and fact-checks refer to it by id. */
export const sourceSchema = z
  .object({
    id: idSchema,
    title: localizedSchema,
    /** True when the title is our description of the page, not a headline it was published under. */
    described: z.boolean().optional(),
    publisher: localizedSchema,
    /** Who wrote and edited it, where we credit them by name. */
    authors: localizedSchema.optional(),
    date: partialDateSchema.optional(),
    url: z.string().url().startsWith('https://', 'must be an https URL').optional(),
    note: localizedSchema.optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
