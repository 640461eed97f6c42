// @ts-check
/**
 * Where the site lives, from the environment: SITE_URL (its origin, for every absolute address it
 * writes) and BASE_PATH (the folder it is served from). The build, the preview server and the browser
 * tests all read them here. Plain JavaScript, so that Node runs it without a build step.
 */

/** The placeholder origin when SITE_URL is not set; the build says so out loud. */
export const PLACEHOLDER_SITE = 'https://price-butcher.example';

/**
 * A base path as a folder: starting and ending with '/'.
 * @param {string | undefined} path
 */
export function normaliseBase(path) {
  return (path ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
}

/**
 * The site's origin (and path, if any) from SITE_URL: an absolute https address, or the placeholder.
 * @param {string | undefined} given
 * @param {(message: string) => void} warn
 */
export function siteUrl(given, warn = console.warn) {
  if (given === undefined || given === '') {
    warn(
      `[price-butcher] SITE_URL is not set: absolute addresses (canonical, Open Graph, oEmbed, sitemap, embed snippets) use the placeholder ${PLACEHOLDER_SITE}. Set SITE_URL=https://… for a real deployment.`,
    );
    return PLACEHOLDER_SITE;
  }
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL="${given}" is not an absolute URL: give the site's origin, such as https://example.org`);
  }
  if (url.protocol !== 'https:')
    throw new Error(
      `SITE_URL="${given}" must be an https address: pages, embeds and share cards are served over https`,
    );
  return url.origin + url.pathname.replace(/\/$/, '');
}

/**
 * The options the build takes from the environment. OUT_DIR builds somewhere other than dist/ (the
 * sub-path test builds beside the main build).
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {(message: string) => void} [warn]
 */
export function siteOptions(env, warn) {
  return { site: siteUrl(env.SITE_URL, warn), base: normaliseBase(env.BASE_PATH), outDir: env.OUT_DIR ?? './dist' };
}
