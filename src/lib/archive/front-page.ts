/**
 * The edition home leads with one article given more room: the newest an editor marked `featured: true`, else
 * the newest. The rest follow, newest first and paged, without it, so every article is on the home exactly once.
 */
import type { ArticleSummary } from './article-summary';

export interface FrontPage {
  lead: ArticleSummary | undefined;
  /** Every other article, newest first. */
  rest: ArticleSummary[];
}

/** `articles` newest first. */
export function frontPage(articles: readonly ArticleSummary[]): FrontPage {
  const lead = articles.find((article) => article.featured) ?? articles[0];
  return { lead, rest: articles.filter((article) => article !== lead) };
}
