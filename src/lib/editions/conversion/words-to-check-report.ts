/**
 * What a build prints about each article's Simplified text: every word of words-to-check.ts still written as
 * Taiwan writes it, as a warning with the file and line, for an editor to read in its sentence.
 *
 * Two halves, because the Markdown is parsed once and its rendering cached: while an article renders, the blocks of
 * its text that hold such a word at all are kept with their lines (`textBlocksToCheck`, cached with the rendering);
 * on every build they are checked against the converter of the day (the vocabulary, the site's file and the
 * article's map may have changed since), together with the title and standfirst (`wordsToCheckWarnings`).
 */
import type { Nodes, Root } from 'mdast';
import type { SimplifiedConverter } from './converter';
import { mayHoldWordsToCheck, wordsLeftToCheck } from './words-to-check';

/** A block of an article's text (a paragraph, a heading, a caption…) as a reader reads it, and its first line. */
export interface TextBlock {
  line: number;
  text: string;
}

/** Nodes whose text is never converted (kept-as-written.ts keeps `<code>`), or is not text a reader sees. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'html', 'yaml']);
/** Nodes that hold a run of text. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The blocks of the tree that hold a word to check, with their text joined across links and annotations. */
export function textBlocksToCheck(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: Nodes) => {
    if (BLOCKS.has(node.type)) {
      const text = textOf(node);
      if (mayHoldWordsToCheck(text)) blocks.push({ line: firstLine(node) ?? 1, text });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return blocks;
}

function textOf(node: Nodes): string {
  if (NOT_PROSE.has(node.type)) return '';
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

function firstLine(node: Nodes): number | undefined {
  if (node.position) return node.position.start.line;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const line = firstLine(child as Nodes);
    if (line !== undefined) return line;
  }
  return undefined;
}

export interface ArticleTextToCheck {
  /** The article's file, as messages name it (`content/articles/x.md`). */
  file: string;
  /** The blocks kept while it rendered. */
  blocks: readonly TextBlock[];
  /** Frontmatter fields shown as text (title, standfirst) and the line each stands on. */
  fields: readonly { text: string; line: number }[];
  /** The converter of the article's Simplified pages: the vocabulary, the site's file and its own map. */
  converter: SimplifiedConverter;
}

/**
 * One warning per word left, in the order of the file:
 * `content/articles/x.md:12: 影片 is left as Taiwan writes it in the Simplified edition (mainland: 视频 for a video…)`.
 */
export function wordsToCheckWarnings({ file, blocks, fields, converter }: ArticleTextToCheck): string[] {
  const found = [...fields, ...blocks].flatMap(({ text, line }) =>
    wordsLeftToCheck(text, converter).map((left) => ({ ...left, line: line + countNewlines(text.slice(0, left.index)) })),
  );
  return found
    .sort((a, b) => a.line - b.line)
    .map(
      ({ word, line, mainland }) =>
        `${file}:${line}: ${word} is left as Taiwan writes it in the Simplified edition (mainland: ${mainland}); ` +
        `if the sentence means that, add it to the article's conversion map`,
    );
}

function countNewlines(text: string): number {
  return text.match(/\n/g)?.length ?? 0;
}
