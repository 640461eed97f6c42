/** The story of an edition: its sections in order, after checking once that every source reference resolves. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Edition, SectionId } from '../domain/editions';
import type { FigureRecord, StepRecord } from '../lib/mdx/scrolly';
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
/** A figure of an edition: its section, chart, and the state it shows (the chart's final one by default). */
export type SectionFigure = FigureRecord & { section: SectionId };

interface Recorded {
  steps: SectionStep[];
  figures: SectionFigure[];
}

const recorded = new Map<string, Promise<Recorded>>();

/** What the MDX plugin records of an edition's sections (lib/mdx/scrolly.ts), in reading order. */
function loadRecorded(edition: Edition): Promise<Recorded> {
  let known = recorded.get(edition.content);
  if (!known) {
    known = (async () => {
      const all: Recorded = { steps: [], figures: [] };
      for (const entry of await loadSections(edition)) {
        const { steps, figures } = (await render(entry)).remarkPluginFrontmatter as Partial<{
          steps: StepRecord[];
          figures: FigureRecord[];
        }>;
        const section = entry.data.section;
        for (const step of steps ?? []) all.steps.push({ ...step, section });
        for (const figure of figures ?? []) all.figures.push({ ...figure, section });
      }
      return all;
    })();
    recorded.set(edition.content, known);
  }
  return known;
}

/** Every step of an edition's scrollies, in reading order. */
export const loadSteps = async (edition: Edition): Promise<SectionStep[]> => (await loadRecorded(edition)).steps;

/** Every figure (`<Chart>`) of an edition, in reading order. */
export const loadFigures = async (edition: Edition): Promise<SectionFigure[]> => (await loadRecorded(edition)).figures;

/** One step of an edition. */
export async function loadStep(edition: Edition, section: SectionId, state: string): Promise<SectionStep> {
  const step = (await loadSteps(edition)).find((s) => s.section === section && s.state === state);
  if (!step) throw new Error(`content/story/${edition.content}/: no step "${state}" in section "${section}"`);
  return step;
}
