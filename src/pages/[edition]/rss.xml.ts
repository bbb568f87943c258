/** `/<edition>/rss.xml`: the edition's newest articles (FEED_SIZE), newest first, linking to that edition's pages. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import type { Edition } from '../../lib/editions/editions';
import { perEdition } from '../../lib/editions/static-paths';
import { feedItems } from '../../lib/feeds/feed-items';
import { editionHomePath, withBase } from '../../lib/paths';
import type { ArticleSummary } from '../../lib/archive/article-summary';
import { FEED_SIZE } from '../../lib/paging/page-size';
import { loadArchive } from '../../queries/archive';
import { SITE } from '../../site';
import { withCacheKeys } from '../../queries/page-keys';

export async function getStaticPaths() {
  // A feed reader polls for what is new; the archive is on the site. A bounded feed stays small at any size.
  const articles = (await loadArchive()).articles.slice(0, FEED_SIZE);
  return withCacheKeys(perEdition([{ articles }], () => ({})));
}

export const GET: APIRoute = ({ props, site }) => {
  const { edition, articles } = props as { edition: Edition; articles: ArticleSummary[] };
  const base = import.meta.env.BASE_URL;
  return rss({
    title: `${SITE.name}（${edition.name}）`,
    description: SITE.description,
    // The channel link is the edition's home page; item links below are absolute already.
    site: new URL(withBase(base, editionHomePath(edition.id)), site).href,
    items: feedItems(
      articles.map((article) => ({ ...article, tags: article.topics.map((topic) => topic.name) })),
      edition.id,
      (path) => new URL(withBase(base, path), site).href,
    ),
    customData: `<language>${edition.lang}</language>`,
    trailingSlash: true,
  });
};
