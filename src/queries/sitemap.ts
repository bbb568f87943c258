/**
 * What the sitemap routes list (src/pages/sitemap-[part].xml.ts, src/pages/sitemap-index.xml.ts): every page the
 * site has, by the rules its routes follow (src/lib/links/site-pages.ts), in parts by the year of each article
 * (src/lib/sitemap/sitemap-parts.ts). Read once per build.
 */
import { sitePages } from '../lib/links/site-pages';
import { EDITIONS } from '../lib/editions/editions';
import { sitemapEntries, sitemapParts, type SitemapEntry } from '../lib/sitemap/sitemap-parts';
import { listActors } from './actors';
import { articleAnnotations, listArticles } from './articles';
import { topicsOfTags } from './topics';

export interface SitemapPartData {
  name: string;
  entries: SitemapEntry[];
}

let parts: Promise<SitemapPartData[]> | undefined;

export function loadSitemapParts(): Promise<SitemapPartData[]> {
  if (import.meta.env.DEV) return readSitemapParts();
  parts ??= readSitemapParts();
  return parts;
}

async function readSitemapParts(): Promise<SitemapPartData[]> {
  const [articles, actors] = await Promise.all([listArticles(), listActors()]);
  const pages = sitePages(
    articles.map((entry) => ({
      slug: entry.id,
      date: entry.data.date,
      topicIds: topicsOfTags(entry.data.tags).map((topic) => topic.id),
      annotations: articleAnnotations(entry),
      // Only the addresses are listed: the ids inside each page are not needed here.
      textIds: [],
      hasTimeline: false,
    })),
    actors.map((actor) => actor.id),
  );
  const all = new Set(pages.all());
  const years = new Map(articles.map((entry) => [entry.id, entry.data.date.slice(0, 4)]));
  return sitemapParts(all, (slug) => years.get(slug)).map(({ name, paths }) => ({ name, entries: sitemapEntries(paths, all, EDITIONS) }));
}
