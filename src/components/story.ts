/** The story of an edition, its sections in order, after checking that every reference resolves. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Edition } from '../lib/editions';
import { checkReferences } from '../lib/references';
import { orderSections } from '../lib/story';

let checked: Promise<void> | undefined;

function checkOnce(): Promise<void> {
  checked ??= (async () =>
    checkReferences(await getCollection('sources'), {
      'content/data/corrections.json': await getCollection('corrections'),
      'content/data/quotes.json': await getCollection('quotes'),
      'content/data/stances.json': await getCollection('stances'),
      'content/data/prices.json': await getCollection('prices'),
      'content/data/epilogue.json': await getCollection('epilogue'),
      'content/data/figures.json': await getCollection('figures'),
    }))();
  return checked;
}

export async function loadSections(edition: Edition): Promise<CollectionEntry<'story'>[]> {
  await checkOnce();
  const entries = await getCollection('story', (entry) => entry.id.startsWith(`${edition.content}/`));
  return orderSections(
    edition.content,
    entries.map((entry) => ({ file: entry.filePath ?? entry.id, section: entry.data.section, entry })),
  ).map(({ entry }) => entry);
}
