/** The project's data files, parsed with the same schemas as the build, for tests of pure functions. */
import { readFileSync } from 'node:fs';
import { epilogueSchema } from '../../src/schemas/epilogue';
import { figureSchema } from '../../src/schemas/figure';
import { priceSchema } from '../../src/schemas/price';
import { quoteSchema } from '../../src/schemas/quote';
import { stanceSchema } from '../../src/schemas/stance';
import type { ChartData } from '../../src/lib/charts';

const read = (name: string): unknown[] =>
  JSON.parse(readFileSync(new URL(`../../content/data/${name}`, import.meta.url), 'utf8'));

export const DATA: ChartData = {
  prices: read('prices.json').map((row) => priceSchema.parse(row)),
  epilogue: read('epilogue.json').map((row) => epilogueSchema.parse(row)),
  figures: read('figures.json').map((row) => figureSchema.parse(row)),
  stances: read('stances.json').map((row) => stanceSchema.parse(row)),
  quotes: read('quotes.json').map((row) => quoteSchema.parse(row)),
};
