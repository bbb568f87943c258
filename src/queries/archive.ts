/**
 * What list pages read: a summary of every published article (newest first) and the actor cross-reference, made
 * in one pass over the collection and kept for the build, since every list page of both editions shares them.
 * Nothing here keeps a rendered article: each article's annotations are read, reduced to what actor pages show,
 * and let go (see actorIndexBuilder), so memory grows by a few kilobytes an article, not by the article.
 */
import { actorIndexBuilder, type ActorIndex } from '../lib/actors/actor-index';
import type { ArticleSummary } from '../lib/archive/article-summary';
import { ContentError, type ContentIssue } from '../lib/content/locate-issues';
import { listActors } from './actors';
import { articleAnnotations, listArticles } from './articles';
import { topicsOfEntry } from './topics';

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
  const issues: ContentIssue[] = [];
  const articles = entries.map((entry): ArticleSummary => {
    const { topics, issues: tagIssues } = topicsOfEntry(entry);
    issues.push(...tagIssues);
    index.add({ slug: entry.id, title: entry.data.title, date: entry.data.date, annotations: articleAnnotations(entry) });
    return { slug: entry.id, title: entry.data.title, date: entry.data.date, ...(entry.data.dek ? { dek: entry.data.dek } : {}), topics };
  });
  // Every unknown tag of every article at once: an editor fixes them in one go.
  if (issues.length > 0) throw new ContentError(issues);
  return { articles, actorIndex: index.finish() };
}
