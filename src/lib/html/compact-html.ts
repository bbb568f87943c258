/**
 * Every page is written out compactly: attribute values unquoted where HTML allows it, end tags the parser supplies
 * anyway (`</p>`, `</li>`, `</body>`) left out, and the whitespace between blocks, which no browser renders, dropped.
 * All three are the HTML standard's own syntax, read the same by every browser and parser; the article page's
 * weight budget (15 KB gzip) needs the bytes.
 *
 * The whitespace has to go for the end tags to: `<p>…</p>\n<p>` written as `<p>…\n<p>` would put the newline
 * inside the first paragraph. It goes only between two blocks (or a block and the edge of its parent), never
 * next to text or inline elements, and never in `<pre>` or `<textarea>`, so nothing a reader sees changes.
 *
 * The Simplified edition is parsed for conversion anyway and serialised once, with these steps
 * (src/middleware.ts); the Traditional one is parsed here only to be written out the same way.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { phrasing } from 'hast-util-phrasing';
import { toHtml, type Options } from 'hast-util-to-html';
import { whitespace } from 'hast-util-whitespace';
import { parse, parseFragment } from 'parse5';

const COMPACT_HTML: Options = {
  preferUnquoted: true,
  omitOptionalTags: true,
};

/** Elements whose whitespace is content. */
const PRESERVING = new Set(['pre', 'textarea', 'listing', 'plaintext', 'script', 'style', 'template']);

/**
 * Parsed as hast-util-from-html would, but without source positions: nothing here reports a place in the page,
 * and tracking them doubled the parse time.
 */
export function parseHtml(html: string): Root {
  const isDocument = /^\s*<!doctype/i.test(html);
  const options = { sourceCodeLocationInfo: false, scriptingEnabled: false };
  return fromParse5(isDocument ? parse(html, options) : parseFragment(html, options)) as Root;
}

/** Writes a parsed page out compactly (see above). Drops the whitespace between blocks from `tree` in place. */
export function toCompactHtml(tree: Root): string {
  dropWhitespaceBetweenBlocks(tree);
  return toHtml(tree, COMPACT_HTML);
}

export function compactHtml(html: string): string {
  return toCompactHtml(parseHtml(html));
}

function isBlock(node: RootContent | undefined): boolean {
  return node === undefined || (node.type === 'element' && !phrasing(node)) || node.type === 'doctype';
}

function dropWhitespaceBetweenBlocks(parent: Root | Element): void {
  if (parent.type === 'element' && PRESERVING.has(parent.tagName)) return;
  const children = parent.children;
  parent.children = children.filter(
    (child, index) => !(child.type === 'text' && whitespace(child) && isBlock(children[index - 1]) && isBlock(children[index + 1])),
  );
  for (const child of parent.children) if (child.type === 'element') dropWhitespaceBetweenBlocks(child);
}
