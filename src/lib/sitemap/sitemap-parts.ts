/**
 * The sitemap in parts behind one index, so that publishing an article rewrites one small file, not one listing
 * every page: the article pages of each year in a part of their own (`sitemap-articles-2025.xml`: a new article
 * changes its year's part only, an old year's part never changes again), and every other page (lists, indexes) in
 * `sitemap-pages.xml`, split further only past the protocol's 50,000 addresses a file. `sitemap-index.xml`
 * names the parts, without dates, so it changes only when a part is added.
 *
 * Each address lists every edition that has the same page as an hreflang alternate (itself included), as
 * search engines ask.
 */
import type { Edition } from '../editions/editions';

/** Addresses a part holds at most: under the protocol's 50,000, with room. */
export const SITEMAP_PART_SIZE = 45_000;

export interface SitemapPart {
  /** `articles-2025`, `pages`, `pages-2`…: the file is `sitemap-<name>.xml`. */
  name: string;
  /** Site paths (no base), sorted. */
  paths: string[];
}

const ARTICLE_PAGE = /^\/[^/]+\/articles\/([^/]+)\/$/;

/**
 * The parts of the sitemap of `paths` (every address of the site: only pages, those ending in `/`, are listed,
 * but not the site's root, which only forwards to an edition). `yearOf` gives an article's year from its slug.
 */
export function sitemapParts(paths: Iterable<string>, yearOf: (slug: string) => string | undefined): SitemapPart[] {
  const byPart = new Map<string, string[]>();
  const pages: string[] = [];
  for (const path of [...paths].sort()) {
    if (!path.endsWith('/') || path === '/') continue;
    const slug = ARTICLE_PAGE.exec(path)?.[1];
    const year = slug === undefined ? undefined : yearOf(slug);
    if (year === undefined) pages.push(path);
    else byPart.set(`articles-${year}`, [...(byPart.get(`articles-${year}`) ?? []), path]);
  }
  const parts = [...byPart].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, paths: list }));
  for (let start = 0; start < Math.max(1, pages.length); start += SITEMAP_PART_SIZE) {
    const index = start / SITEMAP_PART_SIZE;
    parts.push({ name: index === 0 ? 'pages' : `pages-${index + 1}`, paths: pages.slice(start, start + SITEMAP_PART_SIZE) });
  }
  return parts;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One address of a part and its alternates: the same page in each edition that has it (itself included). */
export interface SitemapEntry {
  path: string;
  alternates: { lang: string; path: string }[];
}

/** The entries of a part's `paths`; `all` is every page of the site, where the alternates are looked for. */
export function sitemapEntries(paths: readonly string[], all: ReadonlySet<string>, editions: readonly Pick<Edition, 'id' | 'lang'>[]): SitemapEntry[] {
  return paths.map((path) => {
    const [, editionId, rest] = /^\/([^/]+)\/(.*)$/.exec(path) ?? [];
    const twins = editionId === undefined ? [] : editions.map((edition) => ({ lang: edition.lang, path: `/${edition.id}/${rest}` })).filter((twin) => all.has(twin.path));
    return { path, alternates: twins.length > 1 ? twins : [] };
  });
}

/** One part as XML; `url` makes an absolute address of a site path (site and base path). */
export function sitemapXml(entries: readonly SitemapEntry[], url: (path: string) => string): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  for (const { path, alternates } of entries) {
    const links = alternates.map((twin) => `<xhtml:link rel="alternate" hreflang="${twin.lang}" href="${escapeXml(url(twin.path))}"/>`).join('');
    lines.push(`<url><loc>${escapeXml(url(path))}</loc>${links}</url>`);
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** The index of the parts `names`, each at `url(name)`. */
export function sitemapIndexXml(names: readonly string[], url: (name: string) => string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...names.map((name) => `<sitemap><loc>${escapeXml(url(name))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}
