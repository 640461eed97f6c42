import { z } from 'astro/zod';

/** Text written once per hand-written language; the Traditional edition converts the `zh` text. */
export const localizedSchema = z
  .object({
    en: z.string().trim().min(1, 'English text is empty'),
    zh: z.string().trim().min(1, 'Chinese text is empty'),
  })
  .strict();

export type Localized = z.infer<typeof localizedSchema>;

/** A name that is the same in every language (`"GPT-4o"`), or one that Chinese writes its own way. */
export const nameSchema = z.union([z.string().trim().min(1, 'the name is empty'), localizedSchema]);

export type Name = z.infer<typeof nameSchema>;
