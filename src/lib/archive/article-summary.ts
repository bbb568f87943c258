/**
 * What a list page (home, topic, month, actor) shows of one article: a few strings, never the rendered article.
 * Lists are built from these for the whole archive at once, so they must stay small: a build of ten thousand
 * articles holds ten thousand of them.
 */
import type { ArticleCorrection } from '../publication/corrections';
import type { Topic } from '../topics/tag-vocabulary';

export interface ArticleSummary {
  slug: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  dek?: string;
  /** The article's tags as topics, in the order written. */
  topics: Topic[];
  /** An editor's choice to lead the home (`featured: true`); see front-page.ts. */
  featured?: true;
  /** The time of publication with its zone (`08:00+08:00`), when the article gives one: the feed dates it so. */
  time?: string;
  /** Its corrections and updates, when it has any: the feed item carries them. */
  corrections?: ArticleCorrection[];
}

/** Newest first; ties by slug, so the order never depends on the file system. */
export function newestFirst(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}
