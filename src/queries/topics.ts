/** An article's tags as topics (see src/lib/topics/tag-vocabulary.ts), with the content issues of unknown tags. */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { ContentIssue } from '../lib/content/locate-issues';
import { loadTagVocabulary, TAGS_FILE, topicsOf, unknownTagIssues, type Topic } from '../lib/topics/tag-vocabulary';
import type { ArticleEntry } from './articles';

const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

/** The topics of `entry`'s tags; `issues` name the file, line and field of each tag content/tags.yaml lacks. */
export function topicsOfEntry(entry: ArticleEntry): { topics: Topic[]; issues: ContentIssue[] } {
  const { topics, unknown } = topicsOf(entry.data.tags, loadTagVocabulary(CONTENT_DIR));
  if (unknown.length === 0 || !entry.filePath) return { topics, issues: [] };
  const tagsFile = relative(process.cwd(), resolve(CONTENT_DIR, TAGS_FILE));
  return { topics, issues: unknownTagIssues(entry.filePath, readFileSync(entry.filePath, 'utf8'), unknown, tagsFile) };
}
