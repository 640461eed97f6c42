import { z } from 'astro/zod';
import { STANCES } from '../domain/vocabulary';
import { idSchema, sourceIdsSchema } from './common';
import { localizedSchema } from './localized';

export type { Stance } from '../domain/vocabulary';

/**
 * A gloss on the speaker, or on a phrase that appears in both the original and the translation. A phrase a
 * Chinese reader needs no help with (内卷) has a note in English only.
 */
const annotationSchema = z
  .object({
    on: z.union([
      z.literal('speaker'),
      z.object({ original: z.string().min(1), translation: z.string().min(1) }).strict(),
    ]),
    en: z.string().trim().min(1),
    zh: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((note) => note.zh !== undefined || note.on !== 'speaker', {
    path: ['zh'],
    message: 'is required for a note on the speaker',
  });

/** One quote of the brief: the exact Chinese words, our translation, and who said them. */
export const quoteSchema = z
  .object({
    id: idSchema,
    original: z.string().trim().min(1),
    translation: z.string().trim().min(1),
    speaker: localizedSchema,
    role: localizedSchema.nullable(),
    /** The organisation the speaker speaks for or about, where there is one. */
    organisation: localizedSchema.optional(),
    pseudonym: z.boolean(),
    stance: z.enum(STANCES),
    annotations: z.array(annotationSchema),
    /** Where the quote was reported. */
    sources: sourceIdsSchema,
  })
  .strict()
  .superRefine((quote, ctx) => {
    quote.annotations.forEach((note, i) => {
      if (note.on === 'speaker') return;
      if (!quote.original.includes(note.on.original)) {
        ctx.addIssue({
          code: 'custom',
          path: ['annotations', i, 'on', 'original'],
          message: `"${note.on.original}" is not in the original`,
        });
      }
      if (!quote.translation.includes(note.on.translation)) {
        ctx.addIssue({
          code: 'custom',
          path: ['annotations', i, 'on', 'translation'],
          message: `"${note.on.translation}" is not in the translation`,
        });
      }
    });
  });

export type Quote = z.infer<typeof quoteSchema>;
export type Annotation = Quote['annotations'][number];
