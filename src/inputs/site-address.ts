/**
 * The site's public address: the one place that reads `SITE_URL` and `BASE_PATH` (astro.config.mjs hands them to
 * Astro from here). The Markdown pipeline asks here too, so that a link an editor writes as the site's own full
 * address (`https://news.example.org/zh-hant/articles/x/`) is checked like a relative one.
 */
import type { SiteAddress } from '../lib/links/internal-links';

/** astro.config.mjs's defaults: a build without SITE_URL is addressed as news.example.org, served from `/`. */
export const DEFAULT_SITE_URL = 'https://news.example.org';
export const DEFAULT_BASE_PATH = '/';

/** `SITE_URL` and `BASE_PATH` of this process, else the defaults. */
export function siteAddress(env: NodeJS.ProcessEnv = process.env): SiteAddress {
  return { site: env.SITE_URL || DEFAULT_SITE_URL, base: env.BASE_PATH || DEFAULT_BASE_PATH };
}
