/**
 * What list pages read: a summary of every published article (newest first), the actor cross-reference (with who
 * appears with whom), the articles to read next after each article, and the figure series, made in one pass over
 * the collection and kept for the build, since every list page of both editions shares them, and every article
 * page reads its own part of them. Nothing here keeps a rendered article: each article's annotations are read,
 * reduced to what those pages show, and let go (see actorIndexBuilder), so memory grows by a few kilobytes an
 * article, not by the article. The joins themselves are plain TypeScript in src/lib (actors/, related/, series/).
 */
import { actorDisplayNames, actorIndexBuilder, type ActorIndex } from '../lib/actors/actor-index';
import type { ArticleSummary } from '../lib/archive/article-summary';
import { actorWeights, relatedArticlesBuilder, type RelatedArticle } from '../lib/related/related-articles';
import { figureSeriesBuilder, type SeriesIndex } from '../lib/series/figure-series';
import type { ActorRecord } from '../lib/annotations/article-model';
import { devMemo } from '../lib/content/live-store';
import { listActors } from './actors';
import { articleAnnotations, listArticles, type ArticleEntry } from './articles';
import { topicsOfTags } from './topics';

export interface Archive {
  /** Every published article, newest first. */
  articles: ArticleSummary[];
  /** The same summaries by slug. */
  bySlug: ReadonlyMap<string, ArticleSummary>;
  /** Actor id → the articles naming it, the quotes it said or reported, the actors it appears with. */
  actorIndex: ActorIndex;
  /** How lists name each actor (its short name where it has one). */
  actorNames: ReadonlyMap<string, string>;
  /** Slug → the articles to read next, best first (src/lib/related/related-articles.ts). */
  related: ReadonlyMap<string, RelatedArticle[]>;
  /** Series id → its points, oldest first (src/lib/series/figure-series.ts). */
  series: SeriesIndex;
}

/**
 * The archive, made once per build; `astro dev` makes it again once per content change (src/lib/content/live-store.ts),
 * so a save shows at once, and the thousands of pages and paths that read it between two saves share one.
 */
export const loadArchive: () => Promise<Archive> = devMemo(() => Promise.all([listArticles(), listActors()]).then(([entries, actors]) => readArchive(entries, actors)));

function readArchive(entries: readonly ArticleEntry[], actors: readonly ActorRecord[]): Archive {
  const index = actorIndexBuilder(actors);
  const related = relatedArticlesBuilder();
  const series = figureSeriesBuilder();
  const articles = entries.map((entry): ArticleSummary => {
    const { id: slug, data } = entry;
    const annotations = articleAnnotations(entry);
    const topics = topicsOfTags(data.tags);
    index.add({ slug, title: data.title, date: data.date, annotations, roles: data.roles });
    related.add({ slug, date: data.date, time: data.time, actors: actorWeights(annotations), topics: topics.map((topic) => topic.id) });
    series.add({ slug, title: data.title, date: data.date, figures: annotations.figures });
    return {
      slug,
      title: data.title,
      date: data.date,
      ...(data.dek ? { dek: data.dek } : {}),
      topics,
      ...(data.featured ? { featured: true } : {}),
      ...(data.time ? { time: data.time } : {}),
      ...(data.corrections.length > 0 ? { corrections: data.corrections } : {}),
    };
  });
  const actorIndex = index.finish();
  return {
    articles,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
    actorIndex,
    actorNames: actorDisplayNames(actorIndex),
    related: related.finish(),
    series: series.finish(),
  };
}
