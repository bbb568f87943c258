/**
 * `<content>/tags.yaml`: every tag articles may use and the address it gets (`能源: energy` →
 * `/zh-hant/topics/energy/`). Read by the site's inputs (site-inputs.ts); what a topic is lives in
 * src/lib/topics/tag-vocabulary.ts.
 */
import { lstatSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { readContentText } from './content-file';
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
  // A link to nothing is there to be reported; only no entry at all means no file.
  if (!lstatSync(path, { throwIfNoEntry: false })) return new Map();
  const label = relative(process.cwd(), resolve(path));
  return parseTagVocabulary(label, readContentText(path, { root: dirname(path), label }));
}
