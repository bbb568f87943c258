/** RSS items for one edition: plain data for `@astrojs/rss`, built without Astro so Vitest can check it. */
import type { EditionId } from '../editions/editions';
import { articlePath } from '../paths';

export interface FeedArticle {
  slug: string;
  title: string;
  dek?: string;
  /** `YYYY-MM-DD`. */
  date: string;
  tags?: readonly string[];
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description?: string;
  categories?: string[];
}

/**
 * `absolute` turns a site path into the public URL (SITE_URL and BASE_PATH). The publication day is given as
 * midnight UTC: a calendar day has no time, and a fixed time keeps the feed byte-identical between builds.
 */
export function feedItems(articles: readonly FeedArticle[], edition: EditionId, absolute: (path: string) => string): FeedItem[] {
  return articles.map((article) => ({
    title: article.title,
    link: absolute(articlePath(edition, article.slug)),
    pubDate: new Date(`${article.date}T00:00:00Z`),
    ...(article.dek ? { description: article.dek } : {}),
    ...(article.tags && article.tags.length > 0 ? { categories: [...article.tags] } : {}),
  }));
}
