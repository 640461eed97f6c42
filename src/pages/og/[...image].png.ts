/**
 * /og/<edition>/<section>.png: a share image for each section of each edition, and
 * /og/<edition>/<section>/<state>.png one for each step of a scrolly, its chart in the step's state; all
 * drawn at build time from the same models as the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { EDITIONS, SECTION_IDS, type Edition, type SectionId } from '../../domain/editions';
import { loadChartData } from '../../content/chart-data';
import { loadSection, loadSteps, type SectionStep } from '../../content/sections';
import { chartSpec } from '../../lib/charts';
import { renderPlainSvg } from '../../lib/charts/svg';
import { CHART_BOX, chartLabels, fitChart, renderShareImage, type ChartLabel, type Frame } from '../../lib/share-image';
import { pageContext } from '../../lib/page';

interface Props {
  edition: Edition;
  section: SectionId;
  step?: SectionStep;
}

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      EDITIONS.map(async (edition) => [
        ...SECTION_IDS.map((section) => ({
          params: { image: `${edition.id}/${section}` },
          props: { edition, section },
        })),
        ...(await loadSteps(edition)).map((step) => ({
          params: { image: `${edition.id}/${step.section}/${step.state}` },
          props: { edition, section: step.section, step },
        })),
      ]),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { edition, section, step } = props as Props;
  const { lang, t, inScript, modelInScript } = pageContext(edition, import.meta.env.BASE_URL);
  const entry = await loadSection(edition, section);
  const data = await loadChartData();
  let chart: string | undefined;
  let labels: ChartLabel[] | undefined;
  let chartFrame: Frame | undefined;
  if (step) {
    // The step's chart in its state, with its words, in the edition's script.
    const model = chartSpec(step.chart).draw(data, { state: step.state, layout: 'wide', lang });
    const drawn = modelInScript(model);
    chartFrame = fitChart(drawn, CHART_BOX.step);
    chart = renderPlainSvg(drawn, chartFrame);
    labels = chartLabels(drawn, chartFrame);
  } else {
    // The section's first chart, drawn without words; the hero shows the price gap.
    const charts = await getCollection('charts');
    const caption =
      section === 'hero' ? charts.find((c) => c.id === 'price-gap') : charts.find((c) => c.data.section === section);
    const spec = caption && chartSpec(caption.id);
    if (spec && !spec.interactive)
      chart = renderPlainSvg(spec.draw(data, { state: spec.finalState, layout: 'wide', lang }), CHART_BOX.section);
  }
  const png = await renderShareImage({
    lang,
    kicker: inScript(`${t.siteName} · ${t.kicker}`),
    title: inScript(section === 'hero' ? (entry.data.dek ?? entry.data.title) : entry.data.title),
    credit: inScript(t.credit),
    chart,
    chartFrame,
    labels,
    step: Boolean(step),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
