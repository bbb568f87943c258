/** RSS items for one edition: plain data for `@astrojs/rss`, built without Astro so Vitest can check it. */
import { EDITIONS, type EditionId } from '../editions/editions';
import { articlePath } from '../paths';
import { SITE_WORDS } from '../editions/site-words';
import { correctionLines, type ArticleCorrection } from '../publication/corrections';
import { publicationDateTime } from '../publication/publication-time';

export interface FeedArticle {
  slug: string;
  title: string;
  dek?: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `08:00+08:00`, when the article gives its time of publication. */
  time?: string;
  tags?: readonly string[];
  corrections?: readonly ArticleCorrection[];
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description?: string;
  categories?: string[];
}

/**
 * `absolute` turns a site path into the public URL (SITE_URL and BASE_PATH). A publication day alone is given as
 * midnight UTC: a calendar day has no time, and a fixed time keeps the feed byte-identical between builds; an
 * article with its `time` is dated at that instant. Corrections and updates follow the description, one a line,
 * so a reader's feed shows what changed.
 */
export function feedItems(articles: readonly FeedArticle[], edition: EditionId, absolute: (path: string) => string): FeedItem[] {
  const lang = EDITIONS.find((known) => known.id === edition)?.lang ?? 'zh-Hant';
  return articles.map((article) => {
    const description = [article.dek, ...correctionLines(article.corrections ?? [], lang, SITE_WORDS[edition].article.correctionKinds)].filter(Boolean).join('\n');
    return {
      title: article.title,
      link: absolute(articlePath(edition, article.slug)),
      pubDate: new Date(article.time ? publicationDateTime({ date: article.date, time: article.time }) : `${article.date}T00:00:00Z`),
      ...(description ? { description } : {}),
      ...(article.tags && article.tags.length > 0 ? { categories: [...article.tags] } : {}),
    };
  });
}
