import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chartSchema } from './schemas/chart';
import { correctionSchema } from './schemas/correction';
import { epilogueSchema } from './schemas/epilogue';
import { figureSchema } from './schemas/figure';
import { priceSchema } from './schemas/price';
import { quoteSchema } from './schemas/quote';
import { sectionSchema } from './schemas/section';
import { sourceSchema } from './schemas/source';
import { stanceSchema } from './schemas/stance';

/** Narrative: one MDX file per section per hand-written language, `content/story/<locale>/NN-<section>.mdx`. */
const story = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/story' }),
  schema: sectionSchema,
});

/** Quotes, sources and fact-checks: written once, used by every edition. */
const quotes = defineCollection({ loader: file('content/data/quotes.json'), schema: quoteSchema });
const sources = defineCollection({ loader: file('content/data/sources.json'), schema: sourceSchema });
const corrections = defineCollection({ loader: file('content/data/corrections.json'), schema: correctionSchema });

/** Figures with provenance: the brief's price table, its epilogue table, and its other figures. */
const prices = defineCollection({ loader: file('content/data/prices.json'), schema: priceSchema });
const epilogue = defineCollection({ loader: file('content/data/epilogue.json'), schema: epilogueSchema });
const figures = defineCollection({ loader: file('content/data/figures.json'), schema: figureSchema });

/** Who did what in May 2024 and what they said of it: the stance map and the quote walls. */
const stances = defineCollection({ loader: file('content/data/stances.json'), schema: stanceSchema });

/** The charts' titles and takeaways, and the section each belongs to. */
const charts = defineCollection({ loader: file('content/data/charts.json'), schema: chartSchema });

export const collections = { story, quotes, sources, corrections, prices, epilogue, figures, stances, charts };
