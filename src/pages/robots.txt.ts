/**
 * `/robots.txt`, generated so that it points at the sitemap of this build's SITE_URL and BASE_PATH.
 * Crawlers only read robots.txt at the root of a host: under a base path, copy it there (see README, Deploying).
 */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site);
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap.href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
