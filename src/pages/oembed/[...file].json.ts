/** /oembed/<edition>/<slug>.json: an oEmbed "rich" response for each embed, static, with its snippet. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { pick, ui } from '../../i18n/ui';
import { EDITIONS, SECTION_IDS, type Edition, type SectionId } from '../../lib/editions';
import { DEFAULT_HEIGHT, embedPath, embedSnippet, shareImagePath, SHARE_IMAGE, type EmbedSlug } from '../../lib/embeds';
import { toHant } from '../../lib/hant';
import { loadSections } from '../../components/story';

export const getStaticPaths = (async () => {
  const charts = await getCollection('charts');
  const slugs: EmbedSlug[] = [...SECTION_IDS, ...charts.map((c) => `chart/${c.id}` as const)];
  return EDITIONS.flatMap((edition) =>
    slugs.map((slug) => ({ params: { file: `${edition.id}/${slug}` }, props: { edition, slug } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { edition, slug } = props as { edition: Edition; slug: EmbedSlug };
  const t = ui(edition);
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const absolute = (path: string) => new URL(`${base}${path}`, site).href;
  const chartId = slug.startsWith('chart/') ? slug.slice('chart/'.length) : undefined;
  const chart = chartId ? (await getCollection('charts')).find((c) => c.id === chartId)?.data : undefined;
  const section = (chart?.section ?? slug) as SectionId;
  const entry = (await loadSections(edition)).find((s) => s.data.section === section)!;
  const text = (s: string) => (edition.traditional ? toHant(s) : s);
  const title = text(chart ? pick(chart.title, edition) : entry.data.title);
  const height = chart ? DEFAULT_HEIGHT.chart : DEFAULT_HEIGHT.section;
  const body = {
    type: 'rich',
    version: '1.0',
    title,
    author_name: text(t.credit),
    provider_name: text(t.siteName),
    provider_url: absolute(edition.path),
    html: embedSnippet({ src: absolute(embedPath(edition, slug)), title, height, hostScript: absolute('embed.js') }),
    width: 720,
    height,
    thumbnail_url: absolute(shareImagePath(edition, section)),
    thumbnail_width: SHARE_IMAGE.width,
    thumbnail_height: SHARE_IMAGE.height,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' },
  });
};
