/** unified adapter for `collectDates`: marks dates as `<time>` and hands the events to the page. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { recordingContentErrors } from '../lib/content/file-issues';
import { collectDates } from '../lib/timeline/collect-dates';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkDates() {
  return recordingContentErrors((tree: Root, file: VFile) => {
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    // Read back by the page through `remarkPluginFrontmatter.timeline`, and validated there again.
    data.astro.frontmatter.timeline = collectDates(tree, file);
  });
}
