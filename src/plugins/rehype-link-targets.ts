/**
 * unified adapter on the rendered HTML, once every id is given (after rehypeAnchorIds): every id of the text goes to
 * the content loader as `remarkPluginFrontmatter.linkTargets` (what links of this and other articles may point
 * at), and an annotation whose anchor the HTML does not hold stops the build (unshown-content.ts).
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { recordIssues } from '../lib/content/file-issues';
import { fileLabel } from '../lib/markdown/directive-source';
import { idsInHtml, unshownAnnotationIssues } from '../lib/markdown/unshown-content';
import type { UnshownContentData } from './remark-unshown-content';

interface AstroFileData extends UnshownContentData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function rehypeLinkTargets() {
  return (tree: Root, file: VFile) => {
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    const ids = idsInHtml(tree);
    data.astro.frontmatter.linkTargets = ids;
    // A footnote already reported as left out is not reported again for each annotation in it.
    const issues = unshownAnnotationIssues(data.annotationAnchors ?? [], new Set(ids), fileLabel(file), data.reportedFootnotes ?? []);
    if (issues.length > 0) recordIssues(file, issues);
  };
}
