/** `/sitemap-index.xml`: the parts of the sitemap (src/lib/sitemap/sitemap-parts.ts), what robots.txt points to. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';
import { sitemapIndexXml } from '../lib/sitemap/sitemap-parts';
import { loadSitemapParts } from '../queries/sitemap';

export const GET: APIRoute = async ({ site }) => {
  const names = (await loadSitemapParts()).map(({ name }) => name);
  const xml = sitemapIndexXml(names, (name) => new URL(withBase(import.meta.env.BASE_URL, `/sitemap-${name}.xml`), site).href);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
