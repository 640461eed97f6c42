/**
 * /drawings/<edition>/<section>/<state>.<layout>.svg: each step's chart in the step's state, wide and
 * compact, as a file of its own. A step shows it with an `<img>` (loaded as it nears the screen, or at
 * once without JavaScript), and the scroll module reads the marks it moves the pinned graphic to from it.
 * /drawings/<edition>/<section>.<layout>.svg: the pinned graphic in its opening state, with every mark;
 * the page shows it as an image until the scroll module makes it a drawing it can move.
 * /drawings/<edition>/figures/<chart>/<state>.<layout>.svg: a chart outside a scrolly, unless its marks
 * are links (the stance map), which only a drawing in the page can hold. So the article's HTML carries
 * only the drawings a reader acts on.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EDITIONS, type Edition } from '../../domain/editions';
import { loadChartData } from '../../content/chart-data';
import { loadFigures, loadSteps } from '../../content/sections';
import { CHART_IDS, chartSpec } from '../../lib/charts';
import { drawingPath, drawingStyle, figurePath, fontStack } from '../../lib/charts/drawing-file';
import type { Layout } from '../../lib/charts/model';
import type { FigureRecord } from '../../lib/mdx/scrolly';
import { renderSvg } from '../../lib/charts/svg';
import { pageContext } from '../../lib/page';
import rules from '../../styles/drawing.css?raw';
import tokens from '../../styles/tokens.css?raw';

interface Props {
  edition: Edition;
  chart: string;
  state: string;
  layout: Layout;
  /** The pinned graphic's: every mark, the hidden ones too, to move to other states. */
  keepHiddenMarks: boolean;
}

/**
 * Each step's drawing, each scrolly's pinned graphic in its opening state, and each figure's drawing
 * (but the interactive ones', whose links need the page), in both layouts.
 */
async function drawingsOf(edition: Edition) {
  const steps = await loadSteps(edition);
  const firsts = steps.filter((step, i) => steps[i - 1]?.section !== step.section);
  // Every chart is a figure in its final state on its own embed page; the article's figures may name a state.
  const figures = uniqueBy(
    [...CHART_IDS.map((chart): FigureRecord => ({ chart })), ...(await loadFigures(edition))]
      .filter(({ chart }) => !chartSpec(chart).interactive)
      .map(({ chart, state }) => ({ chart, state: state ?? chartSpec(chart).finalState })),
    ({ chart, state }) => `${chart}/${state}`,
  );
  const LAYOUTS = ['wide', 'compact'] as const;
  const route = (path: string, props: Omit<Props, 'edition'>) => ({
    params: { drawing: path.slice('drawings/'.length, -'.svg'.length) },
    props: { edition, ...props } satisfies Props,
  });
  return LAYOUTS.flatMap((layout) => [
    ...steps.map(({ section, chart, state }) =>
      route(drawingPath(edition, section, state, layout), { chart, state, layout, keepHiddenMarks: false }),
    ),
    ...firsts.map(({ section, chart, state }) =>
      route(drawingPath(edition, section, undefined, layout), {
        chart,
        state: chartSpec(chart).openingState(state),
        layout,
        keepHiddenMarks: true,
      }),
    ),
    ...figures.map(({ chart, state }) =>
      route(figurePath(edition, chart, state, layout), { chart, state, layout, keepHiddenMarks: false }),
    ),
  ]);
}

export const getStaticPaths = (async () =>
  (await Promise.all(EDITIONS.map(drawingsOf))).flat()) satisfies GetStaticPaths;

/** The items of a list, the first of each key. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** The labels' font in each writing system, as tokens.css sets `--font-ui` for it. */
const sans = fontStack(tokens, 'font-sans');
const STYLE = drawingStyle(rules, [
  { stack: sans },
  { lang: 'zh-Hans', stack: `${sans}, ${fontStack(tokens, 'font-hans-sans')}` },
  { lang: 'zh-Hant', stack: `${sans}, ${fontStack(tokens, 'font-hant-sans')}` },
]);

export const GET: APIRoute = async ({ props }) => {
  const { edition, chart, state, layout, keepHiddenMarks } = props as Props;
  const { lang, modelInScript } = pageContext(edition, import.meta.env.BASE_URL);
  const spec = chartSpec(chart);
  const model = spec.draw(await loadChartData(edition), { state, layout, lang });
  const svg = renderSvg(modelInScript(model), {
    defs: spec.defs?.(layout),
    keepHiddenMarks,
    converted: edition.traditional,
    file: { lang: edition.lang, style: STYLE },
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
