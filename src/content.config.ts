import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { correctionSchema } from './schemas/correction';
import { quoteSchema } from './schemas/quote';
import { sectionSchema } from './schemas/section';
import { sourceSchema } from './schemas/source';

/** Narrative: one MDX file per section per hand-written language, `content/story/<locale>/NN-<section>.mdx`. */
const story = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/story' }),
  schema: sectionSchema,
});

/** Quotes, sources and fact-checks: written once, used by every edition. */
const quotes = defineCollection({ loader: file('content/data/quotes.json'), schema: quoteSchema });
const sources = defineCollection({ loader: file('content/data/sources.json'), schema: sourceSchema });
const corrections = defineCollection({ loader: file('content/data/corrections.json'), schema: correctionSchema });

export const collections = { story, quotes, sources, corrections };
