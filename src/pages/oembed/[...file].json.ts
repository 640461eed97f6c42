/** /oembed/<edition>/<slug>.json: an oEmbed "rich" response for each embed, static, with its snippet. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EDITIONS, type Edition } from '../../domain/editions';
import { loadChartCaption } from '../../content/records';
import { loadSection } from '../../content/sections';
import { localize } from '../../i18n';
import { DEFAULT_HEIGHT, embedPath, embedSnippet, shareImagePath, SHARE_IMAGE, type EmbedSlug } from '../../lib/embeds';
import { pageContext } from '../../lib/page';
import { EMBED_SLUGS } from '../../lib/routes';

export const getStaticPaths = (() =>
  EDITIONS.flatMap((edition) =>
    EMBED_SLUGS.map((slug) => ({ params: { file: `${edition.id}/${slug}` }, props: { edition, slug } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { edition, slug } = props as { edition: Edition; slug: EmbedSlug };
  const { base, lang, t, inScript } = pageContext(edition, import.meta.env.BASE_URL);
  const absolute = (path: string) => new URL(`${base}${path}`, site).href;
  const chart = slug.startsWith('chart/') ? await loadChartCaption(slug.slice('chart/'.length)) : undefined;
  const entry = await loadSection(edition, chart?.section ?? slug);
  const section = entry.data.section;
  const title = inScript(chart ? localize(chart.title, lang) : entry.data.title);
  const height = chart ? DEFAULT_HEIGHT.chart : DEFAULT_HEIGHT.section;
  const body = {
    type: 'rich',
    version: '1.0',
    title,
    author_name: inScript(t.credit),
    provider_name: inScript(t.siteName),
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
