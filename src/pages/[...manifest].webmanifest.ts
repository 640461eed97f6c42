/** /manifest.webmanifest, /zh/… and /zh-hant/…: each edition's web manifest, in its own language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { EDITIONS, editionHref, type Edition } from '../domain/editions';
import { loadSections } from '../content/sections';
import { ICON_PAPER, ICONS } from '../lib/icons';
import { pageContext } from '../lib/page';

export const getStaticPaths = (() =>
  EDITIONS.map((edition) => ({
    params: { manifest: `${edition.path}manifest` },
    props: { edition },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { edition } = props as { edition: Edition };
  const { base, t, inScript } = pageContext(edition, import.meta.env.BASE_URL);
  const hero = (await loadSections(edition))[0]!.data;
  const manifest = {
    id: editionHref(edition, base),
    name: inScript(`${t.siteName}: ${t.kicker}`),
    short_name: inScript(t.siteName),
    description: inScript(hero.dek ?? hero.title),
    lang: edition.lang,
    dir: 'ltr',
    start_url: editionHref(edition, base),
    scope: base,
    display: 'browser',
    background_color: ICON_PAPER,
    theme_color: ICON_PAPER,
    icons: ICONS.filter((icon) => icon.file.startsWith('icon-')).map((icon) => ({
      src: `${base}icons/${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
