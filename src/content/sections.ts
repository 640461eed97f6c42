/** The story of an edition: its sections in order, after checking once that every source reference resolves. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Edition, SectionId } from '../domain/editions';
import type { StepRecord } from '../lib/mdx/scrolly';
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

/** A step of a scrolly in an edition: its section, chart, state and text alternative. */
export type SectionStep = StepRecord & { section: SectionId };

const steps = new Map<string, Promise<SectionStep[]>>();

/** Every step of an edition's scrollies, in reading order, as the MDX plugin records them (lib/mdx/scrolly.ts). */
export function loadSteps(edition: Edition): Promise<SectionStep[]> {
  let known = steps.get(edition.content);
  if (!known) {
    known = (async () => {
      const all: SectionStep[] = [];
      for (const entry of await loadSections(edition)) {
        const recorded = (await render(entry)).remarkPluginFrontmatter.steps as StepRecord[] | undefined;
        for (const step of recorded ?? []) all.push({ ...step, section: entry.data.section });
      }
      return all;
    })();
    steps.set(edition.content, known);
  }
  return known;
}

/** One step of an edition. */
export async function loadStep(edition: Edition, section: SectionId, state: string): Promise<SectionStep> {
  const step = (await loadSteps(edition)).find((s) => s.section === section && s.state === state);
  if (!step) throw new Error(`content/story/${edition.content}/: no step "${state}" in section "${section}"`);
  return step;
}
