/** /og/<edition>/<section>.png: a share image for each section of each edition, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { EDITIONS, SECTION_IDS, type Edition, type SectionId } from '../../domain/editions';
import { loadChartData } from '../../content/chart-data';
import { loadSection } from '../../content/sections';
import { chartSpec } from '../../lib/charts';
import { renderPlainSvg } from '../../lib/charts/svg';
import { pageContext } from '../../lib/page';
import { renderShareImage } from '../../lib/share-image';

export const getStaticPaths = (() =>
  EDITIONS.flatMap((edition) =>
    SECTION_IDS.map((section) => ({ params: { image: `${edition.id}/${section}` }, props: { edition, section } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { edition, section } = props as { edition: Edition; section: SectionId };
  const { lang, t, inScript } = pageContext(edition, import.meta.env.BASE_URL);
  const entry = await loadSection(edition, section);
  // The section's first chart, drawn without words; the hero shows the price gap.
  const charts = await getCollection('charts');
  const chart =
    section === 'hero' ? charts.find((c) => c.id === 'price-gap') : charts.find((c) => c.data.section === section);
  const spec = chart && chartSpec(chart.id);
  const model =
    spec && !spec.interactive && spec.draw(await loadChartData(), { state: spec.finalState, layout: 'wide', lang });
  const png = await renderShareImage({
    kicker: inScript(`${t.siteName} · ${t.kicker}`),
    title: inScript(section === 'hero' ? (entry.data.dek ?? entry.data.title) : entry.data.title),
    credit: inScript(t.credit),
    chart: model ? renderPlainSvg(model, { width: 540, height: 340 }) : undefined,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
