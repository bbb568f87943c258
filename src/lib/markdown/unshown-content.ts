/**
 * Markdown the page never shows, yet whose annotations the plugins would collect: the sidebars, annotations.json
 * and the actor pages would then point at an anchor that does not exist. Two checks:
 *
 *   - before rendering, on the Markdown: a footnote defined but never referenced (`[^1]: …` with no `[^1]` in
 *     the text) is dropped from the page, and a footnote defined twice keeps only its first text;
 *   - after rendering, on the HTML: every annotation's anchor (mention, quote, figure, date) must be in the page.
 *     This catches whatever else the renderer leaves out (a table cell past the header's columns…) without
 *     this module knowing every case.
 */
import type { Element, Root as HtmlRoot } from 'hast';
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from '../content/locate-issues';

/** Lines a problem already covers, first to last: a footnote the page leaves out, all its lines. */
export interface LineRange {
  start: number;
  end: number;
}

export function unreferencedFootnoteIssues(tree: Root, file: string): { issues: ContentIssue[]; left: LineRange[] } {
  const left: LineRange[] = [];
  const referenced = new Set<string>();
  visit(tree, 'footnoteReference', (node: FootnoteReference) => void referenced.add(node.identifier));
  const definedAt = new Map<string, number>();
  const issues: ContentIssue[] = [];
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    const line = node.position?.start.line ?? 1;
    const range = { start: line, end: node.position?.end.line ?? line };
    const label = node.label ?? node.identifier;
    const first = definedAt.get(node.identifier);
    if (first !== undefined) {
      left.push(range);
      issues.push({ file, line, field: 'footnote', message: `footnote [^${label}] is already defined on line ${first}: the page shows only the first; merge them or rename this one` });
      return;
    }
    definedAt.set(node.identifier, line);
    if (!referenced.has(node.identifier)) {
      left.push(range);
      issues.push({ file, line, field: 'footnote', message: `footnote [^${label}] is never referenced, so the page leaves it out: write [^${label}] where it belongs in the text, or delete it` });
    }
  });
  return { issues, left };
}

/** An annotation's anchor in the Markdown tree, before rendering. */
export interface AnnotationAnchor {
  id: string;
  /** The directive's name: `actor`, `quote`, `figure`, `date`. */
  name: string;
  line: number;
}

/** Every anchor the annotation plugins gave a directive (`node.data.hProperties.id`), in document order. */
export function annotationAnchors(tree: Root): AnnotationAnchor[] {
  const anchors: AnnotationAnchor[] = [];
  visit(tree, 'textDirective', (node) => {
    const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
    if (typeof id === 'string') anchors.push({ id, name: node.name, line: node.position?.start.line ?? 1 });
  });
  return anchors;
}

/** Every id in the rendered tree. */
export function idsInHtml(tree: HtmlRoot): string[] {
  const ids: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.push(node.properties.id);
  });
  return ids;
}

/** One issue per annotation whose anchor the rendered page does not hold, outside the lines already reported. */
export function unshownAnnotationIssues(anchors: readonly AnnotationAnchor[], ids: ReadonlySet<string>, file: string, reported: readonly LineRange[]): ContentIssue[] {
  return anchors
    .filter((anchor) => !ids.has(anchor.id) && !reported.some(({ start, end }) => anchor.line >= start && anchor.line <= end))
    .map((anchor) => ({
      file,
      line: anchor.line,
      field: anchor.name,
      message: `this :${anchor.name} stands in Markdown the page does not show (a table cell past the header's columns, a footnote never referenced…), so its sidebar entry would point at nothing: move it into the text`,
    }));
}
