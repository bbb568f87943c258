/** unified adapter for unique-ids.ts: heading ids from the file's id registry, then one check of every id. */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { recordIssues } from '../lib/content/file-issues';
import { existingAnchorIds } from '../lib/markdown/anchor-ids';
import { fileLabel } from '../lib/markdown/directive-source';
import { assignHeadingIds, duplicateIdIssues } from '../lib/markdown/unique-ids';

export function rehypeAnchorIds() {
  return (tree: Root, file: VFile) => {
    assignHeadingIds(tree, existingAnchorIds(file));
    const issues = duplicateIdIssues(tree, fileLabel(file));
    if (issues.length > 0) recordIssues(file, issues);
  };
}
