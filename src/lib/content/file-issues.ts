/**
 * Content problems found while a Markdown file renders are recorded on the file rather than thrown.
 *
 * Astro's Markdown processor prints every error a plugin throws, stack and all, before passing it on; an editor
 * should read one line per problem instead. So the plugin adapters record what the (throwing, easily tested)
 * functions in src/lib report, rendering goes on to the end, and the content loader reads the list back from the
 * rendered file's frontmatter and decides: print the lines and stop the build, or, in `astro dev`, show them.
 */
import type { VFile } from 'vfile';
import { ContentError, type ContentIssue } from './locate-issues';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** The frontmatter key the issues travel under (read back as `metadata.frontmatter.contentIssues`). */
const ISSUES_KEY = 'contentIssues';

export function recordIssues(file: VFile, issues: readonly ContentIssue[]): void {
  const data = file.data as AstroFileData;
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  const recorded = (data.astro.frontmatter[ISSUES_KEY] ?? []) as ContentIssue[];
  data.astro.frontmatter[ISSUES_KEY] = [...recorded, ...issues];
}

/** The issues recorded while rendering, from the frontmatter the renderer hands back. */
export function recordedIssues(frontmatter: Record<string, unknown> | undefined): ContentIssue[] {
  const issues = frontmatter?.[ISSUES_KEY];
  return Array.isArray(issues) ? (issues as ContentIssue[]) : [];
}

/** A unified transformer that records the ContentError it throws instead of letting it escape. */
export function recordingContentErrors<Tree>(transform: (tree: Tree, file: VFile) => void): (tree: Tree, file: VFile) => void {
  return (tree, file) => {
    try {
      transform(tree, file);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      recordIssues(file, error.issues);
    }
  };
}
