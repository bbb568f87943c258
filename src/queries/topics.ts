/**
 * An article's tags as topics (src/lib/topics/tag-vocabulary.ts), through the vocabulary of the site's inputs.
 * Unknown tags never reach a page: the content sync reports them with every other problem
 * (src/inputs/article-checks.ts).
 */
import { siteInputs } from '../inputs/site-inputs';
import { topicsOf, type Topic } from '../lib/topics/tag-vocabulary';

/** The topics of `tags`, in the order written. */
export function topicsOfTags(tags: readonly string[]): Topic[] {
  const { topics, unknown } = topicsOf(tags, siteInputs().tags);
  if (unknown.length > 0) throw new Error(`tags the content sync should have refused: ${unknown.map(({ tag }) => tag).join(', ')}`);
  return topics;
}
