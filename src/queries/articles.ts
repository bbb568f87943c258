/**
 * The only place pages read the articles collection. Each article is rendered once per build, however many
 * editions and pages use it.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;

/** Published articles, newest first (ties broken by slug so the order never depends on the file system). */
export async function listArticles(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles', (entry) => !entry.data.draft);
  return entries.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

const renderedById = new Map<string, ReturnType<typeof render>>();

/** `render(entry)`, memoised: both editions of an article share one rendering. */
export function renderArticle(entry: ArticleEntry): ReturnType<typeof render> {
  let rendered = renderedById.get(entry.id);
  if (!rendered) {
    rendered = render(entry);
    renderedById.set(entry.id, rendered);
  }
  return rendered;
}
