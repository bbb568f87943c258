/**
 * The last word on an article's ids, on the HTML tree (hast) the Markdown became:
 *
 *   ## 第二節        → <h2 id="第二節">      (the slug Astro would give, as github-slugger makes it)
 *   ## main          → <h2 id="h-main">      (`main` is the page's own: see page-ids.ts)
 *   ## 第二節 (again) → <h2 id="第二節-2">
 *
 * Headings get their ids here, through the file's registry (anchor-ids.ts), so a slug never takes an id an
 * annotation, a date or the page uses; Astro's own heading step then keeps them. Then every id is checked once:
 * an id used twice can only come from an editor's `{#name}`, and fails with the file and both lines.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { slug } from 'github-slugger';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from '../content/locate-issues';
import type { AnchorIds } from './anchor-ids';

const HEADING = /^h[1-6]$/;

export function assignHeadingIds(tree: Root, ids: AnchorIds): void {
  visit(tree, 'element', (node: Element) => {
    if (!HEADING.test(node.tagName) || typeof node.properties.id === 'string') return;
    node.properties.id = ids.generateBesidePage(slug(toString(node)) || 'section');
  });
}

/** One issue for each id that an element before it already has. */
export function duplicateIdIssues(tree: Root, file: string): ContentIssue[] {
  const firstLine = new Map<string, number>();
  const issues: ContentIssue[] = [];
  visit(tree, 'element', (node: Element) => {
    const id = node.properties.id;
    if (typeof id !== 'string') return;
    const line = node.position?.start.line ?? 1;
    const first = firstLine.get(id);
    if (first === undefined) firstLine.set(id, line);
    else issues.push({ file, line, field: 'id', message: `anchor id "${id}" is already used on line ${first}` });
  });
  return issues;
}
