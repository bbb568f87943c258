/**
 * Image captions live in the frontmatter but read as part of the article, so they may carry the same inline
 * annotations as the body: `caption: :actor[普京]{ref=putin}和馬杜羅於:date[2025年5月]{value=2025-05}在莫斯科會晤`.
 *
 * A caption is parsed as one line of inline Markdown with directives. Its nodes are given the line of the
 * `::image` directive that places it (so errors point there) and remember the caption as their source text (so a
 * directive nobody claims is restored from the caption, not from the file).
 */
import type { PhrasingContent, Root } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { directive } from 'micromark-extension-directive';
import { visit } from 'unist-util-visit';
import { ContentError } from '../content/locate-issues';
import { markdownNestingProblem } from '../content/text-limits';
import { findUnsafeMarkup } from './reject-unsafe-markup';

function parse(caption: string): Root {
  return fromMarkdown(caption, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] });
}

const ONE_LINE = 'a caption is one line of text: no blank lines, lists, headings or quotations';

/**
 * What is wrong with a caption as Markdown, checked where the editor wrote it (the frontmatter) with the same
 * guard as the article body: one paragraph of inline text, no raw HTML, no unsafe addresses.
 */
export function captionProblems(caption: string): string[] {
  // Measured before parsing: nesting past the limit would overflow the parser's stack.
  const tooDeep = markdownNestingProblem(caption);
  if (tooDeep) return [tooDeep];
  const tree = parse(caption);
  const problems = findUnsafeMarkup(tree).map(({ message }) => message);
  // Raw HTML has its own message above; anything else but one paragraph is more than a line.
  const blocks = tree.children.filter((node) => node.type !== 'html');
  if (blocks.length > 1 || blocks.some((node) => node.type !== 'paragraph')) problems.unshift(ONE_LINE);
  return problems;
}

/** The caption's inline content, ready to stand in the article's tree at `line`. */
export function parseCaption(caption: string, line: number): PhrasingContent[] {
  const tree = parse(caption);
  visit(tree, (node) => {
    if (node.position) {
      node.position.start.line = line;
      node.position.end.line = line;
    }
    // Read back by sourceOf() in directive-source.ts.
    node.data = { ...node.data, sourceText: caption } as unknown as typeof node.data;
  });
  const [paragraph] = tree.children;
  // The frontmatter schema refuses such captions first (captionProblems); this only guards other callers.
  if (tree.children.length !== 1 || paragraph?.type !== 'paragraph') {
    throw new ContentError([{ file: '<caption>', line, field: 'caption', message: ONE_LINE }]);
  }
  return paragraph.children;
}

/** The caption as plain text, annotations removed (for places that show text only: alt, JSON-LD, share cards). */
export function captionText(caption: string): string {
  return toString(parse(caption));
}
