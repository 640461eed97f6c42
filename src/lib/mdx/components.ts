/**
 * The components the narrative's MDX may use, and what an author may write on each: one list, which the
 * components take as their props and the compile-time check (`check-components.ts`) enforces, with the
 * data file each id must name.
 */
import { readFileSync } from 'node:fs';
import type { Chart } from '../charts';
import type { ComponentRules } from './check-components';

/** `<Quote id="kaifu-ofo" pull />` */
export interface QuoteProps {
  /** A quote id from content/data/quotes.json. */
  id: string;
  /** Set as a large pull quote; default false. */
  pull?: boolean;
}

/** `<FactCheck id="gpus" />` */
export interface FactCheckProps {
  /** A correction id from content/data/corrections.json. */
  id: string;
}

/** `<Chart id="cuts" />` */
export interface ChartProps {
  /** A chart id: a module in src/lib/charts with its caption in content/data/charts.json. */
  id: string;
  /** The state to draw; default the chart's final state (the whole story). */
  state?: string;
  /** A correction id to show beneath the chart; default the chart's own, if it has one. */
  factcheck?: string;
}

/** `<Scrolly chart="cascade">…<Step>s…</Scrolly>` */
export interface ScrollyProps {
  /** A chart id; every `<Step state>` inside names one of its states. */
  chart: string;
  /** A correction id to show beneath the chart; default the chart's own, if it has one. */
  factcheck?: string;
}

/** `<Step state="zhipu" alt="…">text</Step>` inside a `<Scrolly>` */
export interface StepProps {
  /** A state of the enclosing scrolly's chart. */
  state: string;
  /** What the chart shows at this step, for screen readers and as the drawing's description. */
  alt: string;
}

/** Components that take nothing. */
export type NoProps = Record<string, never>;

/** The list of a props type's names at run time, checked by the compiler to be exactly its keys. */
const names =
  <T>() =>
  <const K extends readonly (keyof T & string)[]>(
    list: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, K[number]> }),
  ): K =>
    list;

/** Every component the narrative may use, with the names of the props an author may write on it. */
export const AUTHOR_PROPS = {
  Quote: names<QuoteProps>()(['id', 'pull']),
  FactCheck: names<FactCheckProps>()(['id']),
  Chart: names<ChartProps>()(['id', 'state', 'factcheck']),
  Scrolly: names<ScrollyProps>()(['chart', 'factcheck']),
  Step: names<StepProps>()(['state', 'alt']),
  PriceSlide: [],
  CorrectionList: [],
  SourceList: [],
  DataDownloads: [],
} as const;

/**
 * The ids in one of `content/data/*.json`, read as text: the MDX is checked as it compiles, before the
 * content layer has loaded (which validates the same files fully).
 */
function idsIn(dataDir: URL, file: string): Set<string> {
  const path = new URL(file, dataDir);
  try {
    const records = JSON.parse(readFileSync(path, 'utf8')) as { id: string }[];
    return new Set(records.map((record) => record.id));
  } catch (error) {
    throw new Error(`content/data/${file}: cannot read the ids (${error instanceof Error ? error.message : error})`);
  }
}

/** The rules `remarkCheckComponents` enforces, with the ids the data files hold and the charts there are. */
export function componentRules(dataDir: URL, charts: ReadonlyMap<string, Chart>): ComponentRules {
  const corrections = idsIn(dataDir, 'corrections.json');
  // A chart needs both its module (src/lib/charts) and its caption (content/data/charts.json).
  const chartIds = new Set([...idsIn(dataDir, 'charts.json')].filter((id) => charts.has(id)));
  const chartSource = 'content/data/charts.json and src/lib/charts';
  /** A chart's state must be one it has, and its fact-check one that exists. */
  const checkChart = (id: unknown, props: Readonly<Record<string, unknown>>): string | undefined => {
    const states = charts.get(String(id))?.states ?? [];
    if (props.state !== undefined && !states.includes(String(props.state))) {
      return `id="${id}" has no state "${props.state}" (known: ${states.join(', ')})`;
    }
    if (props.factcheck !== undefined && !corrections.has(String(props.factcheck))) {
      return `factcheck="${props.factcheck}" names nothing in content/data/corrections.json`;
    }
    return undefined;
  };
  const { Quote, FactCheck, Chart, Scrolly, Step, ...rest } = AUTHOR_PROPS;
  return {
    Quote: { props: Quote, idProp: 'id', ids: idsIn(dataDir, 'quotes.json'), idSource: 'content/data/quotes.json' },
    FactCheck: { props: FactCheck, idProp: 'id', ids: corrections, idSource: 'content/data/corrections.json' },
    Chart: { props: Chart, idProp: 'id', ids: chartIds, idSource: chartSource, check: (p) => checkChart(p.id, p) },
    Scrolly: {
      props: Scrolly,
      required: ['chart'],
      check: (p) =>
        chartIds.has(String(p.chart))
          ? checkChart(p.chart, { factcheck: p.factcheck })
          : `chart="${p.chart}" names nothing in ${chartSource}`,
    },
    Step: { props: Step, required: ['state', 'alt'] },
    ...Object.fromEntries(Object.entries(rest).map(([name, props]) => [name, { props }])),
  };
}
