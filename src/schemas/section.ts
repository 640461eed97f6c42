import { z } from 'astro/zod';
import { SECTION_IDS } from '../domain/editions';

/** Frontmatter of one narrative section: `content/story/<locale>/NN-<section>.mdx`. */
export const sectionSchema = z
  .object({
    section: z.enum(SECTION_IDS, {
      errorMap: () => ({ message: `must be one of: ${SECTION_IDS.join(', ')}` }),
    }),
    title: z.string({ required_error: 'is required (the section heading)' }).trim().min(1, 'is empty'),
    kicker: z.string().trim().min(1, 'is empty').optional(),
    dek: z.string().trim().min(1, 'is empty').optional(),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (data.section === 'hero' && !data.dek) {
      ctx.addIssue({
        code: 'custom',
        path: ['dek'],
        message: 'is required in the hero (the standfirst under the title)',
      });
    }
    if (data.section !== 'hero' && data.dek) {
      ctx.addIssue({ code: 'custom', path: ['dek'], message: 'belongs to the hero only' });
    }
  });

export type SectionFrontmatter = z.infer<typeof sectionSchema>;
