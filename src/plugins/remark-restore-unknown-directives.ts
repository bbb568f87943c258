/** unified adapter for `restoreUnknownDirectives`; must come after every plugin that claims directives. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { restoreUnknownDirectives } from '../lib/markdown/restore-unknown-directives';

export function remarkRestoreUnknownDirectives() {
  return (tree: Root, file: VFile) => restoreUnknownDirectives(tree, file);
}
