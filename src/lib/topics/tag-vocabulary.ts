/**
 * Tags and topics. Articles list tags as words in Traditional script (`tags: [委內瑞拉, 能源]`); each tag is a
 * topic with a page, `/<edition>/topics/<id>/`. The id comes from `content/tags.yaml` (`能源: energy`), the one
 * place a word gets its address, the way an actor's file name is its id: an address never changes because a
 * word was respelled, and a tag the file does not know stops the build instead of publishing an address nobody
 * chose. The display name is the word; the Simplified edition converts it like all text on the page (OpenCC,
 * then content/conversion.yaml, which is where a tag that converts wrongly is fixed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { TagVocabularySchema } from '../../schemas/tags';
import { ContentError, locateIssues, readYamlPart, type ContentIssue } from '../content/locate-issues';

/** A tag as pages show and address it. */
export interface Topic {
  /** URL id, from content/tags.yaml. */
  id: string;
  /** The word articles write, in Traditional script. */
  name: string;
}

/** Tag word → topic. */
export type TagVocabulary = ReadonlyMap<string, Topic>;

export const TAGS_FILE = 'tags.yaml';

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

let cached: { path: string; source: string; vocabulary: TagVocabulary } | undefined;

/** The tags of `<contentDir>/tags.yaml`, read again when its text changes; none when the file does not exist. */
export function loadTagVocabulary(contentDir: string): TagVocabulary {
  const path = resolve(contentDir, TAGS_FILE);
  if (!existsSync(path)) return new Map();
  const source = readFileSync(path, 'utf8');
  if (cached?.path !== path || cached.source !== source) {
    cached = { path, source, vocabulary: parseTagVocabulary(relative(process.cwd(), path), source) };
  }
  return cached.vocabulary;
}

/** An article's tags as topics, or the problems of the tags the vocabulary does not know. */
export function topicsOf(tags: readonly string[], vocabulary: TagVocabulary): { topics: Topic[]; unknown: { index: number; tag: string }[] } {
  const topics: Topic[] = [];
  const unknown: { index: number; tag: string }[] = [];
  tags.forEach((tag, index) => {
    const topic = vocabulary.get(tag);
    if (topic) {
      if (!topics.some((known) => known.id === topic.id)) topics.push(topic);
    } else unknown.push({ index, tag });
  });
  return { topics, unknown };
}

/** Content issues for tags no vocabulary entry names, located in the article's frontmatter. */
export function unknownTagIssues(file: string, source: string, unknown: readonly { index: number; tag: string }[], tagsFile: string): ContentIssue[] {
  return locateIssues(
    file,
    source,
    unknown.map(({ index, tag }) => ({ path: ['tags', index], message: `unknown tag "${tag}": add a line \`${tag}: <ascii-id>\` to ${tagsFile}` })),
  );
}
