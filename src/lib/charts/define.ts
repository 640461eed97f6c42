/**
 * `defineChart`: everything a chart is, in its own module. Its states keep their type inside the module;
 * the registry sees a `Chart`, whose `draw` checks the state it is asked for and names the chart's
 * states when the state is not one of them.
 */
import type { Lang } from '../../domain/editions';
import type { ChartData, ChartModel, ChartOptions, DataTable, Layout } from './model';

export interface ChartDefinition<Id extends string, State extends string> {
  id: Id;
  /** Its states, in the order a scrolly's steps meet them. */
  states: readonly State[];
  /** The state drawn when the page is read without scrolling effects: the whole story. */
  finalState: NoInfer<State>;
  /** The state a scrolly shows before its first step; default the first step's state. */
  introState?: NoInfer<State>;
  draw(data: ChartData, options: ChartOptions<NoInfer<State>>): ChartModel;
  /** The data the chart draws, as a table a reader can open. */
  table(data: ChartData, lang: Lang): DataTable;
  /** The ids of the sources behind the rows it draws. */
  sources(data: ChartData): string[];
  /** Pattern definitions and the like, for the drawing's `<defs>`. */
  defs?(layout: Layout): string;
  /** A chart whose marks are links: drawn as a group a reader can move through, not one image. */
  interactive?: boolean;
}

/** A chart as the rest of the site sees it: states as strings, checked when drawn. */
export interface Chart<Id extends string = string> {
  id: Id;
  states: readonly string[];
  finalState: string;
  introState?: string;
  /** The state a scrolly opens on, before its first step (whose state is given). */
  openingState(firstStepState: string): string;
  hasState(state: string): boolean;
  draw(data: ChartData, options: ChartOptions): ChartModel;
  table(data: ChartData, lang: Lang): DataTable;
  sources(data: ChartData): string[];
  defs?(layout: Layout): string;
  interactive: boolean;
}

export function defineChart<const Id extends string, const State extends string>(
  definition: ChartDefinition<Id, State>,
): Chart<Id> {
  const { id, states, draw } = definition;
  const names: readonly string[] = states;
  const isState = (state: string): state is State => names.includes(state);
  return {
    ...definition,
    interactive: definition.interactive ?? false,
    hasState: isState,
    openingState: (firstStepState) => definition.introState ?? firstStepState,
    draw(data, { state, layout, lang }) {
      if (!isState(state)) throw new Error(`Chart "${id}" has no state "${state}" (known: ${states.join(', ')})`);
      return draw(data, { state, layout, lang });
    },
  };
}
