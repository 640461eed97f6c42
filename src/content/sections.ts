/** The story of an edition: its sections in order, after checking once that every source reference resolves. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Edition } from '../domain/editions';
import { checkReferences } from '../lib/references';
import { orderSections } from '../lib/section-order';

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

export type SectionEntry = CollectionEntry<'story'>;

export async function loadSections(edition: Edition): Promise<SectionEntry[]> {
  await checkOnce();
  const entries = await getCollection('story', (entry) => entry.id.startsWith(`${edition.content}/`));
  return orderSections(
    edition.content,
    entries.map((entry) => ({ file: entry.filePath ?? entry.id, section: entry.data.section, entry })),
  ).map(({ entry }) => entry);
}

/** One section of an edition. */
export async function loadSection(edition: Edition, section: string): Promise<SectionEntry> {
  const entry = (await loadSections(edition)).find((s) => s.data.section === section);
  if (!entry) throw new Error(`content/story/${edition.content}/: no section "${section}"`);
  return entry;
}
