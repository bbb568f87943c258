/**
 * `<content>/tags.yaml`: every tag articles may use and the address it gets (`能源: energy` →
 * `/zh-hant/topics/energy/`). Read by the site's inputs (site-inputs.ts); what a topic is lives in
 * src/lib/topics/tag-vocabulary.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ContentError, locateIssues, readYamlPart } from '../lib/content/locate-issues';
import type { TagVocabulary, Topic } from '../lib/topics/tag-vocabulary';
import { TagVocabularySchema } from '../schemas/tags';

/** Parses and validates the text of a tags file; `file` is only used in error messages. */
export function parseTagVocabulary(file: string, source: string): TagVocabulary {
  const result = TagVocabularySchema.safeParse(readYamlPart(file, source) ?? {});
  if (!result.success) throw new ContentError(locateIssues(file, source, result.error.issues));
  const vocabulary = new Map<string, Topic>();
  const wordById = new Map<string, string>();
  const issues: { path: string[]; message: string }[] = [];
  for (const [word, id] of Object.entries(result.data)) {
    const other = wordById.get(id);
    // Two words on one address would merge two topics without anyone deciding it.
    if (other !== undefined) issues.push({ path: [word], message: `id "${id}" is already the id of ${other}` });
    wordById.set(id, word);
    vocabulary.set(word, { id, name: word });
  }
  if (issues.length > 0) throw new ContentError(locateIssues(file, source, issues));
  return vocabulary;
}

/** The tags of the file at `path`; none when it does not exist. */
export function readTagVocabulary(path: string): TagVocabulary {
  if (!existsSync(path)) return new Map();
  return parseTagVocabulary(relative(process.cwd(), resolve(path)), readFileSync(path, 'utf8'));
}
