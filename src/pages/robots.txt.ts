/**
 * /robots.txt: everything may be crawled (embeds and share pages say noindex themselves, which a
 * crawler can only read if it may fetch them), and where the sitemap is. Under a sub-path, a crawler
 * reads only the host's own /robots.txt: copy the Sitemap line there.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
