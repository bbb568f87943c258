/**
 * unified adapter for the annotations: scans coverage, claims `:actor`, `:quote`, `:figure` and `:nonmention`,
 * and hands what it collected to the page as `remarkPluginFrontmatter.annotations`, and the coverage scan as
 * `remarkPluginFrontmatter.coverage` (the content loader prints it on every build, cached or not).
 *
 * Actors are read from the actor folder on every file, so `npm run dev` sees a new actor file at once.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readActorDirectory } from '../lib/annotations/actor-directory';
import { annotateTree } from '../lib/annotations/annotate';
import { scanCoverage } from '../lib/annotations/coverage';
import { recordingContentErrors } from '../lib/content/file-issues';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export interface RemarkAnnotationsOptions {
  /** Folder of actor files; `$CONTENT_DIR/actors` (default `./content/actors`) when omitted. */
  actorsFolder?: string;
}

export function remarkAnnotations(options: RemarkAnnotationsOptions = {}) {
  return recordingContentErrors((tree: Root, file: VFile) => {
    const actors = readActorDirectory(options.actorsFolder);
    // Astro creates this object for content files, but not every caller of the pipeline does.
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.coverage = scanCoverage(tree, actors.values());
    data.astro.frontmatter.annotations = annotateTree(tree, file, actors);
  });
}
