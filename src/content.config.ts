import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { checkDataFile } from './lib/careless-input';
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

/**
 * A data file, checked before it is loaded: Astro's own loader keeps the last of two records with one
 * id, and a link that would run code could hide in any field. Either stops the build, naming the line.
 */
function dataFile(path: string): Loader {
  const loader = file(path);
  return {
    name: 'checked-data-file',
    load: async (context) => {
      checkDataFile(path, await readFile(path, 'utf8'));
      return loader.load(context);
    },
  };
}

/** Quotes, sources and fact-checks: written once, used by every edition. */
const quotes = defineCollection({ loader: dataFile('content/data/quotes.json'), schema: quoteSchema });
const sources = defineCollection({ loader: dataFile('content/data/sources.json'), schema: sourceSchema });
const corrections = defineCollection({ loader: dataFile('content/data/corrections.json'), schema: correctionSchema });

/** Figures with provenance: the brief's price table, its epilogue table, and its other figures. */
const prices = defineCollection({ loader: dataFile('content/data/prices.json'), schema: priceSchema });
const epilogue = defineCollection({ loader: dataFile('content/data/epilogue.json'), schema: epilogueSchema });
const figures = defineCollection({ loader: dataFile('content/data/figures.json'), schema: figureSchema });

/** Who did what in May 2024 and what they said of it: the stance map and the quote walls. */
const stances = defineCollection({ loader: dataFile('content/data/stances.json'), schema: stanceSchema });

/** The charts' titles and takeaways, and the section each belongs to. */
const charts = defineCollection({ loader: dataFile('content/data/charts.json'), schema: chartSchema });

export const collections = { story, quotes, sources, corrections, prices, epilogue, figures, stances, charts };
