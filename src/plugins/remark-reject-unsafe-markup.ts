/** unified adapter for `rejectUnsafeMarkup`: raw HTML and script-bearing addresses stop the build. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { recordingContentErrors } from '../lib/content/file-issues';
import { rejectUnsafeMarkup } from '../lib/markdown/reject-unsafe-markup';

export function remarkRejectUnsafeMarkup() {
  return recordingContentErrors((tree: Root, file: VFile) => rejectUnsafeMarkup(tree, file));
}
