/**
 * `getStaticPaths` for every route under `/<edition>/articles/<slug>/` (the page, its open data, its highlight
 * stylesheet): each published article in each edition. Files starting with `_` are not routes.
 */
import { perEdition } from '../../../../lib/editions/static-paths';
import { listArticles } from '../../../../queries/articles';

export async function articlePaths() {
  const articles = await listArticles();
  return perEdition(
    articles.map((entry) => ({ entry })),
    ({ entry }) => ({ slug: entry.id }),
  );
}
