/** Topic pages: each topic's articles, and the topic index with counts. */
import type { ArticleSummary } from '../archive/article-summary';
import type { Topic } from './tag-vocabulary';

export interface TopicArchive {
  topic: Topic;
  /** Newest first. */
  articles: ArticleSummary[];
}

/**
 * Every topic some article has, most articles first (ties by id, so the order never depends on the file system).
 * `articles` must be newest first; each topic keeps that order.
 */
export function groupByTopic(articles: readonly ArticleSummary[]): TopicArchive[] {
  const topics = new Map<string, TopicArchive>();
  for (const article of articles) {
    for (const topic of article.topics) {
      let entry = topics.get(topic.id);
      if (!entry) {
        entry = { topic, articles: [] };
        topics.set(topic.id, entry);
      }
      entry.articles.push(article);
    }
  }
  return [...topics.values()].sort((a, b) => b.articles.length - a.articles.length || a.topic.id.localeCompare(b.topic.id));
}
