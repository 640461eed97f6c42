import { z } from 'astro/zod';
import { CONFIDENCE } from '../domain/vocabulary';
import { idSchema, sourceIdsSchema } from './common';
import { localizedSchema } from './localized';

/** A figure of the story that is not a price: GPUs, assets under management, margin, dates. */
export const figureSchema = z
  .object({
    id: idSchema,
    label: localizedSchema,
    value: localizedSchema,
    /** The figure as a number, where a chart draws it. */
    number: z.number().optional(),
    confidence: z.enum(CONFIDENCE),
    note: localizedSchema.optional(),
    sources: sourceIdsSchema,
  })
  .strict();

export type FigureRow = z.infer<typeof figureSchema>;
