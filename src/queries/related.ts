/**
 * What an article page shows at its end: the articles to read next (chosen once per build with the rest of the
 * archive, src/queries/archive.ts), each with its title and date and the names of why it was chosen.
 */
import { loadArchive } from './archive';

export interface ReadNextItem {
  slug: string;
  title: string;
  date: string;
  /** The shared actors' display names; empty when a topic decided. */
  actors: string[];
  /** The shared topic's name, when a topic decided. */
  topic?: string;
}

export async function loadReadNext(slug: string): Promise<ReadNextItem[]> {
  const { related, bySlug, actorNames } = await loadArchive();
  return (related.get(slug) ?? []).map((choice) => {
    const article = bySlug.get(choice.slug);
    if (!article) throw new Error(`read next for "${slug}": no summary of "${choice.slug}"`);
    const topic = choice.topic === undefined ? undefined : article.topics.find((known) => known.id === choice.topic)?.name;
    return {
      slug: article.slug,
      title: article.title,
      date: article.date,
      actors: choice.actors.map((id) => actorNames.get(id) ?? id),
      ...(topic ? { topic } : {}),
    };
  });
}
