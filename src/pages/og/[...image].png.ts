/** /og/<edition>/<section>.png: a share image for each section of each edition, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { ui } from '../../i18n/ui';
import { chartSpec } from '../../lib/charts';
import { renderPlainSvg } from '../../lib/charts/svg';
import { EDITIONS, SECTION_IDS, type Edition, type SectionId } from '../../lib/editions';
import { toHant } from '../../lib/hant';
import { renderShareImage } from '../../lib/share-image';
import { loadChartData } from '../../components/chart-data';
import { loadSections } from '../../components/story';

export const getStaticPaths = (() =>
  EDITIONS.flatMap((edition) =>
    SECTION_IDS.map((section) => ({ params: { image: `${edition.id}/${section}` }, props: { edition, section } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { edition, section } = props as { edition: Edition; section: SectionId };
  const t = ui(edition);
  const entry = (await loadSections(edition)).find((s) => s.data.section === section)!;
  // The section's first chart, drawn without words; the hero shows the price gap.
  const charts = await getCollection('charts');
  const chart =
    section === 'hero' ? charts.find((c) => c.id === 'price-gap') : charts.find((c) => c.data.section === section);
  const spec = chart && chartSpec(chart.id);
  const svg =
    spec && !spec.interactive
      ? renderPlainSvg(
          spec.draw(await loadChartData(), { state: spec.finalState, layout: 'wide', lang: edition.content }),
          {
            width: 540,
            height: 340,
          },
        )
      : undefined;
  const text = (s: string) => (edition.traditional ? toHant(s) : s);
  const png = await renderShareImage({
    kicker: text(`${t.siteName} · ${t.kicker}`),
    title: text(section === 'hero' ? (entry.data.dek ?? entry.data.title) : entry.data.title),
    credit: text(t.credit),
    chart: svg,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
