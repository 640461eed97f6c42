/**
 * /drawings/<edition>/<section>/<state>.<layout>.svg: each step's chart in the step's state, wide and
 * compact, as a file of its own. A step shows it with an `<img>` (loaded as it nears the screen, or at
 * once without JavaScript), and the scroll module reads the marks it moves the pinned graphic to from it;
 * the article's HTML carries only the pinned graphic.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EDITIONS, type Edition } from '../../domain/editions';
import { loadChartData } from '../../content/chart-data';
import { loadSteps, type SectionStep } from '../../content/sections';
import { chartSpec } from '../../lib/charts';
import { drawingPath, drawingStyle, fontStack } from '../../lib/charts/drawing-file';
import type { Layout } from '../../lib/charts/model';
import { renderSvg } from '../../lib/charts/svg';
import { pageContext } from '../../lib/page';
import rules from '../../styles/drawing.css?raw';
import tokens from '../../styles/tokens.css?raw';

interface Props {
  edition: Edition;
  step: SectionStep;
  layout: Layout;
}

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      EDITIONS.map(async (edition) =>
        (await loadSteps(edition)).flatMap((step) =>
          (['wide', 'compact'] as const).map((layout) => ({
            params: {
              drawing: drawingPath(edition, step.section, step.state, layout).slice('drawings/'.length, -'.svg'.length),
            },
            props: { edition, step, layout },
          })),
        ),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

/** The labels' font in each writing system, as tokens.css sets `--font-ui` for it. */
const sans = fontStack(tokens, 'font-sans');
const STYLE = drawingStyle(rules, [
  { stack: sans },
  { lang: 'zh-Hans', stack: `${sans}, ${fontStack(tokens, 'font-hans-sans')}` },
  { lang: 'zh-Hant', stack: `${sans}, ${fontStack(tokens, 'font-hant-sans')}` },
]);

export const GET: APIRoute = async ({ props }) => {
  const { edition, step, layout } = props as Props;
  const { lang, modelInScript } = pageContext(edition, import.meta.env.BASE_URL);
  const spec = chartSpec(step.chart);
  const model = spec.draw(await loadChartData(edition), { state: step.state, layout, lang });
  const svg = renderSvg(modelInScript(model), {
    defs: spec.defs?.(layout),
    converted: edition.traditional,
    file: { lang: edition.lang, style: STYLE },
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
