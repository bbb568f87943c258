/**
 * What list pages read: a summary of every published article (newest first) and the actor cross-reference, made
 * in one pass over the collection and kept for the build, since every list page of both editions shares them.
 * Nothing here keeps a rendered article: each article's annotations are read, reduced to what actor pages show,
 * and let go (see actorIndexBuilder), so memory grows by a few kilobytes an article, not by the article.
 */
import { actorIndexBuilder, type ActorIndex } from '../lib/actors/actor-index';
import type { ArticleSummary } from '../lib/archive/article-summary';
import { listActors } from './actors';
import { articleAnnotations, listArticles } from './articles';
import { topicsOfTags } from './topics';

export interface Archive {
  /** Every published article, newest first. */
  articles: ArticleSummary[];
  /** Actor id → the articles naming it and the quotes it said or reported. */
  actorIndex: ActorIndex;
}

let archive: Promise<Archive> | undefined;

/**
 * The archive, read once per build. `astro dev` reads it again on every request instead: content changes while
 * the server runs, and a dev request renders one page.
 */
export function loadArchive(): Promise<Archive> {
  if (import.meta.env.DEV) return readArchive();
  archive ??= readArchive();
  return archive;
}

async function readArchive(): Promise<Archive> {
  const [entries, actors] = await Promise.all([listArticles(), listActors()]);
  const index = actorIndexBuilder(actors);
  const articles = entries.map((entry): ArticleSummary => {
    index.add({ slug: entry.id, title: entry.data.title, date: entry.data.date, annotations: articleAnnotations(entry) });
    const topics = topicsOfTags(entry.data.tags);
    return { slug: entry.id, title: entry.data.title, date: entry.data.date, ...(entry.data.dek ? { dek: entry.data.dek } : {}), topics };
  });
  return { articles, actorIndex: index.finish() };
}
