/**
 * `/sitemap-<part>.xml`: one part of the sitemap (src/lib/sitemap/sitemap-parts.ts): the article pages of a year,
 * or the other pages. Each part's cache key is its addresses, so an old year's part is never written again.
 */
import type { APIRoute } from 'astro';
import { digestOf } from '../lib/incremental/digest';
import { withBase } from '../lib/paths';
import { sitemapXml, type SitemapEntry } from '../lib/sitemap/sitemap-parts';
import { loadSitemapParts } from '../queries/sitemap';

export async function getStaticPaths() {
  return (await loadSitemapParts()).map(({ name, entries }) => ({ params: { part: name }, props: { entries }, cacheKey: digestOf(entries) }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { entries } = props as { entries: SitemapEntry[] };
  const xml = sitemapXml(entries, (path) => new URL(withBase(import.meta.env.BASE_URL, path), site).href);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
