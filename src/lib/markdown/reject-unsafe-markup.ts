/**
 * Articles are Markdown, never HTML: nothing an editor writes can put script into a page.
 *
 *   <script>alert(1)</script>              → error: raw HTML is not allowed
 *   <img src=x onerror="alert(1)">         → error: raw HTML is not allowed
 *   [click](javascript:alert(1))           → error: link address "javascript:…" is not allowed
 *   [ok](https://example.org) [ok](#part) [ok](../other/)   → rendered as usual
 *
 * Rejecting (rather than sanitising) is deliberate: a sanitiser silently drops text, and an article's text must
 * reach readers verbatim or fail loudly. Raw HTML is the only way Markdown reaches the HTML parser as markup, and
 * link/image/definition URLs are the only places Markdown writes an address; both are checked here.
 */
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, type ContentIssue } from '../content/locate-issues';
import { fileLabel, lineOf } from './directive-source';
import { truncateGraphemes } from '../text/graphemes';

/** Schemes an article may link to; an address with no scheme (relative, `#anchor`, `/path`) is always fine. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme a browser would see. Browsers drop ASCII whitespace and control characters inside a URL before
 * reading its scheme (`java\tscript:` is `javascript:`), so they are dropped here too.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme);
}

const SHOWN_LENGTH = 40;

function shown(text: string, collapseSpace = true): string {
  const line = collapseSpace ? text.trim().replace(/\s+/g, ' ') : text;
  return truncateGraphemes(line, SHOWN_LENGTH);
}

/** One piece of unsafe markup: the node, the field an editor would fix, and what is wrong. */
export interface UnsafeMarkup {
  node: Nodes;
  field: 'body' | 'link' | 'image';
  message: string;
}

/** Everything unsafe in a Markdown tree: the article body, or any other Markdown an editor wrote (captions). */
export function findUnsafeMarkup(tree: Root): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  visit(tree, (node) => {
    if (node.type === 'html') {
      found.push({
        node,
        field: 'body',
        message: `raw HTML is not allowed in articles (found \`${shown(node.value)}\`): write Markdown, or escape a literal < as \\<`,
      });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) {
      found.push({
        node,
        field: node.type === 'image' ? 'image' : 'link',
        // JSON quoting shows hidden characters (a tab inside `java\tscript:`) to the editor.
        message: `address ${JSON.stringify(shown(node.url, false))} is not allowed: use an http(s) or mailto address, or a relative one`,
      });
    }
  });
  return found;
}

export function rejectUnsafeMarkup(tree: Root, file: VFile): void {
  const label = fileLabel(file);
  const issues: ContentIssue[] = findUnsafeMarkup(tree).map(({ node, field, message }) => ({ file: label, line: lineOf(node), field, message }));
  if (issues.length > 0) throw new ContentError(issues);
}
