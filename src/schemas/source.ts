import { z } from 'astro/zod';
import { localizedSchema } from './localized';

/** One source, listed once; figures, quotes and fact-checks refer to it by id. */
export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
    title: localizedSchema,
    /** True when the title is our description of the page, not a headline it was published under. */
    described: z.boolean().optional(),
    publisher: localizedSchema,
    authors: z.string().min(1).optional(),
    /** As precise as known: `2024`, `2024-05` or `2024-05-27`. */
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    url: z.string().url().startsWith('https://', 'must be an https URL').optional(),
    note: localizedSchema.optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
