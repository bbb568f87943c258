/**
 * unified adapter for unshown-content.ts, on the Markdown: footnotes the page would leave out stop the build, and
 * the anchors the annotation plugins gave are noted for rehypeLinkTargets to find in the HTML. After the
 * annotation and date plugins, which give the anchors.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { recordIssues } from '../lib/content/file-issues';
import { fileLabel } from '../lib/markdown/directive-source';
import { annotationAnchors, unreferencedFootnoteIssues, type AnnotationAnchor, type LineRange } from '../lib/markdown/unshown-content';

export interface UnshownContentData {
  annotationAnchors?: AnnotationAnchor[];
  /** The lines of footnotes already reported as left out: their annotations need no line of their own. */
  reportedFootnotes?: LineRange[];
}

export function remarkUnshownContent() {
  return (tree: Root, file: VFile) => {
    const { issues, left } = unreferencedFootnoteIssues(tree, fileLabel(file));
    if (issues.length > 0) recordIssues(file, issues);
    const data = file.data as UnshownContentData;
    data.annotationAnchors = annotationAnchors(tree);
    data.reportedFootnotes = left;
  };
}
