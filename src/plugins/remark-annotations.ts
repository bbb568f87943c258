/**
 * unified adapter for the annotations: scans coverage, claims `:actor`, `:quote`, `:figure` and `:nonmention`,
 * and hands what it collected to the page as `remarkPluginFrontmatter.annotations`, and the coverage scan as
 * `remarkPluginFrontmatter.coverage` (the content loader prints it on every build, cached or not), with the
 * warnings about silent mistakes as `remarkPluginFrontmatter.warnings` (src/lib/annotations/silent-mistakes.ts).
 *
 * The actors a `ref`, `by` or `via` may name are the site's inputs (src/inputs/site-inputs.ts): read once per
 * build, and again in `npm run dev` after an actor file changes.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { annotateTree } from '../lib/annotations/annotate';
import { scanCoverage } from '../lib/annotations/coverage';
import { silentMistakes } from '../lib/annotations/silent-mistakes';
import { recordingContentErrors } from '../lib/content/file-issues';
import { siteInputs } from '../inputs/site-inputs';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkAnnotations() {
  return recordingContentErrors((tree: Root, file: VFile) => {
    const actors = siteInputs().actorNames;
    // Astro creates this object for content files, but not every caller of the pipeline does.
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.coverage = scanCoverage(tree, actors.values());
    // Read before the annotations change the tree: mistakes that stop nothing but show (the loader prints them).
    data.astro.frontmatter.warnings = silentMistakes(tree, String(file.value));
    data.astro.frontmatter.annotations = annotateTree(tree, file, actors);
  });
}
