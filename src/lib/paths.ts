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
