import { z } from 'astro/zod';
import { PRICE_UNITS, toCnyPerMillion } from '../domain/units';
import { idSchema, partialDateSchema, sourceIdsSchema } from './common';
import { localizedSchema, nameSchema } from './localized';

const price = z.number().nonnegative('must be zero (free) or more');

/** A price as its source published it, which must agree with the normalised figure it backs. */
const publishedSchema = z
  .object({
    field: z.enum(['inputBefore', 'inputAfter', 'outputAfter']),
    value: z.number().nonnegative(),
    unit: z.enum(PRICE_UNITS as [string, ...string[]]),
  })
  .strict();

/**
 * One row of the brief's price table, in yuan per million tokens. `inputBefore` is a number, `"paid"`
 * (the model cost money, the price is not recorded) or null (a new model, or a benchmark).
 */
export const priceSchema = z
  .object({
    id: idSchema,
    date: partialDateSchema,
    time: z.enum(['morning', 'afternoon', 'evening']).optional(),
    company: localizedSchema,
    /** The model's name, or its names in English and Chinese where the Chinese press uses its own. */
    model: nameSchema,
    /** A shorter name for chart labels, where the model's full name is long. */
    label: nameSchema.optional(),
    role: z.enum(['benchmark', 'launch', 'cut']),
    inputBefore: z.union([price, z.literal('paid')]).nullable(),
    /** Whose price "before" is: the company's own, the industry's for the class, or only the source article's. */
    beforeBasis: z.enum(['own', 'industry', 'source-only']).optional(),
    inputAfter: price,
    outputAfter: price.nullable(),
    published: z.array(publishedSchema),
    note: localizedSchema,
    sources: sourceIdsSchema,
  })
  .strict()
  .superRefine((row, ctx) => {
    if (typeof row.inputBefore === 'number' && !row.beforeBasis) {
      ctx.addIssue({ code: 'custom', path: ['beforeBasis'], message: 'is required when inputBefore is a price' });
    }
    if (typeof row.inputBefore === 'number' && row.inputBefore <= row.inputAfter) {
      ctx.addIssue({ code: 'custom', path: ['inputAfter'], message: `is not below inputBefore (${row.inputBefore})` });
    }
    row.published.forEach((published, i) => {
      const normalised = row[published.field as 'inputBefore' | 'inputAfter' | 'outputAfter'];
      const converted = toCnyPerMillion(published.value, published.unit as 'CNY/M' | 'CNY/K' | 'USD/M');
      if (typeof normalised !== 'number' || Math.abs(converted - normalised) > 1e-9) {
        ctx.addIssue({
          code: 'custom',
          path: ['published', i, 'value'],
          message: `${published.value} ${published.unit} is ${converted} CNY per million, but ${published.field} is ${normalised}`,
        });
      }
    });
  });

export type PriceRow = z.infer<typeof priceSchema>;
