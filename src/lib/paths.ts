import type { EditionId } from './editions/editions';

/**
 * Every internal URL is made here, so the base path (BASE_PATH) and the trailing-slash convention are applied
 * in one place. `base` is Astro's `import.meta.env.BASE_URL`, passed in so this module stays free of Astro.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

export function editionHomePath(edition: EditionId): string {
  return `/${edition}/`;
}

export function articlePath(edition: EditionId, slug: string): string {
  return `/${edition}/articles/${slug}/`;
}

/** The stylesheet that highlights the mentions of the actor a reader selects on the article page. */
export function articleHighlightsPath(edition: EditionId, slug: string): string {
  return `${articlePath(edition, slug)}highlights.css`;
}

/** The index of every actor, grouped by kind. */
export function actorsIndexPath(edition: EditionId): string {
  return `/${edition}/actors/`;
}

/** Every actor in the order of its name (pinyin), under its first letter (paged). */
export function actorsByNamePath(edition: EditionId): string {
  return `/${edition}/actors/names/`;
}

/** One actor's page: its role, the articles naming it, its quotes. */
export function actorPath(edition: EditionId, id: string): string {
  return `/${edition}/actors/${id}/`;
}

/** The edition's RSS feed. */
export function feedPath(edition: EditionId): string {
  return `/${edition}/rss.xml`;
}

export function searchPagePath(edition: EditionId): string {
  return `/${edition}/search/`;
}

/** Where an edition's Pagefind bundle lives in the built site. */
export function searchBundlePath(edition: EditionId): string {
  return `/pagefind/${edition}/`;
}

/** Every topic (tag) with its number of articles. */
export function topicsIndexPath(edition: EditionId): string {
  return `/${edition}/topics/`;
}

/** One topic's articles, newest first (paged). */
export function topicPath(edition: EditionId, id: string): string {
  return `/${edition}/topics/${id}/`;
}

/** Every year and month with its number of articles. */
export function archiveIndexPath(edition: EditionId): string {
  return `/${edition}/archive/`;
}

/** One month's articles, newest first (paged); `year` is `YYYY`, `month` is `MM`. */
export function monthPath(edition: EditionId, year: string, month: string): string {
  return `/${edition}/archive/${year}/${month}/`;
}

/** Every quote an actor said (`quotes`) or reported (`reported`), newest first (paged). */
export function actorQuotesPath(edition: EditionId, id: string, list: 'quotes' | 'reported'): string {
  return `/${edition}/actors/${id}/${list}/`;
}

/** Every figure series with its number of points. */
export function seriesIndexPath(edition: EditionId): string {
  return `/${edition}/series/`;
}

/** One figure series: its chart and its points, newest first (paged). */
export function seriesPath(edition: EditionId, id: string): string {
  return `/${edition}/series/${id}/`;
}

/** In an edition's search bundle: the list of its index parts, a year each, and its topics (src/lib/search/index-parts.ts). */
export const SEARCH_PARTS_FILE = 'parts.json';

/** Beside an edition's search bundle: the table that turns a query into the edition's script (src/lib/search/query-script.ts). */
export const SEARCH_QUERY_SCRIPT_FILE = 'query-script.json';
