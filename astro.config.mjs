// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { EDITIONS, sitemapLocales } from './src/domain/editions';
import { hostFiles } from './src/integrations/host-files';
import { remarkSafeLinks } from './src/lib/careless-input';
import { CHARTS } from './src/lib/charts';
import { remarkCheckComponents } from './src/lib/mdx/check-components';
import { componentRules } from './src/lib/mdx/components';
import { remarkScrolly } from './src/lib/mdx/scrolly';
import { rehypeSectionHeadingIds } from './src/lib/mdx/section-heading-ids';
import { siteOptions } from './src/lib/site-options.mjs';

// SITE_URL and BASE_PATH let a newsroom host the article anywhere without an edit (src/lib/site-options.mjs).
const { site, base, outDir } = siteOptions(process.env);
/** The pages search engines should list: each edition's article (embeds, share and 404 pages are not). */
const articles = new Set(EDITIONS.map((edition) => new URL(`${base}${edition.path}`, site).href));

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // Every script and stylesheet is a file of its own, never inline: the Content-Security-Policy then
  // needs no hashes, and one policy holds whatever the build changes (see src/lib/host-files.ts).
  build: { inlineStylesheets: 'never' },
  integrations: [
    mdx({
      remarkPlugins: [
        remarkSafeLinks,
        [remarkCheckComponents, componentRules(new URL('./content/data/', import.meta.url), CHARTS)],
        [remarkScrolly, CHARTS],
      ],
      rehypePlugins: [rehypeSectionHeadingIds],
    }),
    sitemap({
      filter: (page) => articles.has(page),
      // Each article lists the others as its alternates, with hreflang (the folder names are the editions').
      i18n: { defaultLocale: 'en', locales: sitemapLocales() },
    }),
    hostFiles(base),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Terser, not esbuild, minifies the client scripts: about 5% smaller gzipped, for a budget of 25 KB
    // (README, "Performance").
    build: { assetsInlineLimit: 0, minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  },
});
