/** /icons/<file>.png: the home-screen and manifest icons, drawn at build time (src/lib/icons.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICONS, renderIcon, type Icon } from '../../lib/icons';

export const getStaticPaths = (() =>
  ICONS.map((icon) => ({ params: { icon: icon.file }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderIcon((props as { icon: Icon }).icon);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
