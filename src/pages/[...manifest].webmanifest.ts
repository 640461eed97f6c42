/** /manifest.webmanifest, /zh/… and /zh-hant/…: each edition's web manifest, in its own language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../i18n/ui';
import { EDITIONS, editionHref, type Edition } from '../lib/editions';
import { toHant } from '../lib/hant';
import { ICON_PAPER, ICONS } from '../lib/icons';
import { loadSections } from '../components/story';

export const getStaticPaths = (() =>
  EDITIONS.map((edition) => ({
    params: { manifest: `${edition.path}manifest` },
    props: { edition },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { edition } = props as { edition: Edition };
  const t = ui(edition);
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const hero = (await loadSections(edition))[0]!.data;
  const text = (s: string) => (edition.traditional ? toHant(s) : s);
  const manifest = {
    id: editionHref(edition, base),
    name: text(`${t.siteName}: ${t.kicker}`),
    short_name: text(t.siteName),
    description: text(hero.dek ?? hero.title),
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
