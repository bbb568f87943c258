/**
 * unified adapter for the annotations: checks coverage, claims `:actor`, `:quote`, `:figure` and `:nonmention`,
 * and hands what it collected to the page as `remarkPluginFrontmatter.annotations`.
 *
 * Actors are read from the actor folder on every file, so `npm run dev` sees a new actor file at once.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readActorDirectory } from '../lib/annotations/actor-directory';
import { annotateTree } from '../lib/annotations/annotate';
import { coverageLine, coverageWarnings, scanCoverage } from '../lib/annotations/coverage';
import { fileLabel } from '../lib/markdown/directive-source';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export interface RemarkAnnotationsOptions {
  /** Folder of actor files; `$CONTENT_DIR/actors` (default `./content/actors`) when omitted. */
  actorsFolder?: string;
  /** Where coverage warnings go; the console by default (Astro prints it with the build log). */
  report?: (line: string) => void;
}

export function remarkAnnotations(options: RemarkAnnotationsOptions = {}) {
  const report = options.report ?? ((line: string) => console.warn(line));
  return (tree: Root, file: VFile) => {
    const actors = readActorDirectory(options.actorsFolder);
    const label = fileLabel(file);
    const coverage = scanCoverage(tree, actors.values());
    for (const warning of coverageWarnings(label, coverage)) report(warning);
    report(`${label}: ${coverageLine(coverage)}`);

    const annotations = annotateTree(tree, file, actors);
    // Astro creates this object for content files, but not every caller of the pipeline does.
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.annotations = annotations;
  };
}
