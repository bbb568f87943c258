/**
 * `getStaticPaths` for every route under `/<edition>/articles/<slug>/` (the page, its open data, its highlight
 * stylesheet): each published article in each edition, with the cache key of what the route shows
 * (src/queries/page-keys.ts). Files starting with `_` are not routes.
 */
import { referencedActorIds } from '../../../../lib/annotations/article-model';
import { servingLiveStore } from '../../../../lib/content/live-store';
import { perEdition } from '../../../../lib/editions/static-paths';
import { actorRecords } from '../../../../queries/actors';
import { articleAnnotations, listArticles, type ArticleEntry } from '../../../../queries/articles';
import { entryShown, withCacheKeys } from '../../../../queries/page-keys';
import { loadReadNext } from '../../../../queries/related';
import { loadSeriesLines } from '../../../../queries/series';
import { topicsOfTags } from '../../../../queries/topics';

/**
 * What an article's routes show: the article and the actors it names (its open data and highlights), and for the
 * page also its topics, what to read next and its figures' series lines, which other articles change.
 */
async function shownOf(entry: ArticleEntry, route: 'page' | 'files'): Promise<unknown> {
  const annotations = articleAnnotations(entry);
  const actors = await actorRecords(referencedActorIds(annotations), entry.filePath ?? entry.id);
  if (route === 'files') return { entry: entryShown(entry), actors };
  return {
    entry: entryShown(entry),
    actors,
    topics: topicsOfTags(entry.data.tags),
    readNext: await loadReadNext(entry.id),
    seriesLines: await loadSeriesLines(entry.id, annotations.figures),
  };
}

export async function articlePaths(route: 'page' | 'files') {
  const articles = await listArticles();
  const paths = perEdition(
    articles.map((entry) => ({ entry })),
    ({ entry }) => ({ slug: entry.id }),
  );
  // `astro dev` makes no cache keys (withCacheKeys), so nothing need be gathered for them.
  if (servingLiveStore()) return withCacheKeys(paths);
  const shown = new Map(
    await Promise.all(articles.map(async (entry) => [entry.id, await shownOf(entry, route)] as const)),
  );
  return withCacheKeys(paths, ({ props }) => shown.get(props.entry.id));
}
