/**
 * Tags and topics. Articles list tags as words in Traditional script (`tags: [委內瑞拉, 能源]`); each tag is a
 * topic with a page, `/<edition>/topics/<id>/`. The id comes from `content/tags.yaml` (`能源: energy`), the one
 * place a word gets its address, the way an actor's file name is its id: an address never changes because a
 * word was respelled, and a tag the file does not know stops the build instead of publishing an address nobody
 * chose. The display name is the word; the Simplified edition converts it like all text on the page (OpenCC,
 * then content/conversion.yaml, which is where a tag that converts wrongly is fixed). The file is read with the
 * site's other inputs (src/inputs/tags-file.ts).
 */
import { closestMatch } from '../text/closest-match';
import type { SchemaIssue } from '../content/locate-issues';

/** A tag as pages show and address it. */
export interface Topic {
  /** URL id, from content/tags.yaml. */
  id: string;
  /** The word articles write, in Traditional script. */
  name: string;
}

/** Tag word → topic. */
export type TagVocabulary = ReadonlyMap<string, Topic>;

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

/** A problem for each tag no vocabulary entry names, at its place in the article's `tags`. */
export function unknownTagIssues(unknown: readonly { index: number; tag: string }[], tagsFile: string, known: Iterable<string> = []): SchemaIssue[] {
  const words = [...known];
  return unknown.map(({ index, tag }) => {
    const near = closestMatch(tag, words);
    const add = `add a line \`${tag}: <ascii-id>\` to ${tagsFile}`;
    return { path: ['tags', index], message: `unknown tag "${tag}": ${near === undefined ? add : `did you mean "${near}"? If it is a new tag, ${add}`}` };
  });
}
