import { z } from 'astro/zod';

/** Text written once per hand-written language; the Traditional edition converts the `zh` text. */
export const localizedSchema = z
  .object({
    en: z.string().trim().min(1, 'English text is empty'),
    zh: z.string().trim().min(1, 'Chinese text is empty'),
  })
  .strict();

export type Localized = z.infer<typeof localizedSchema>;
