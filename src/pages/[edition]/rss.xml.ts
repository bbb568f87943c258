/** `/<edition>/rss.xml`: the edition's articles, newest first, linking to that edition's pages. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import type { Edition } from '../../lib/editions/editions';
import { perEdition } from '../../lib/editions/static-paths';
import { feedItems } from '../../lib/feeds/feed-items';
import { editionHomePath, withBase } from '../../lib/paths';
import { listArticles } from '../../queries/articles';
import { SITE } from '../../site';

export async function getStaticPaths() {
  const articles = await listArticles();
  return perEdition([{ articles }], () => ({}));
}

export const GET: APIRoute = ({ props, site }) => {
  const { edition, articles } = props as { edition: Edition; articles: Awaited<ReturnType<typeof listArticles>> };
  const base = import.meta.env.BASE_URL;
  return rss({
    title: `${SITE.name}（${edition.name}）`,
    description: SITE.description,
    // The channel link is the edition's home page; item links below are absolute already.
    site: new URL(withBase(base, editionHomePath(edition.id)), site).href,
    items: feedItems(
      articles.map((entry) => ({ slug: entry.id, ...entry.data })),
      edition.id,
      (path) => new URL(withBase(base, path), site).href,
    ),
    customData: `<language>${edition.lang}</language>`,
    trailingSlash: true,
  });
};
