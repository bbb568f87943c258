/**
 * The fragments of links to pages that are not articles (internal-links.ts, FragmentToCheck), judged against the
 * ids those pages carry once written. Kept from the content sync to the end of the build on `globalThis`: Astro
 * loads the content config (where the links are checked) and the integrations (where the built pages are read)
 * as separate module instances, in one process.
 */
import type { ContentIssue } from '../content/locate-issues';
import type { FragmentToCheck } from './internal-links';

const KEY = Symbol.for('news-analysis.fragments-to-check');

/** The content sync's fragments to check, replacing the last sync's. */
export function setFragmentsToCheck(fragments: readonly FragmentToCheck[]): void {
  (globalThis as { [KEY]?: readonly FragmentToCheck[] })[KEY] = fragments;
}

export function fragmentsToCheck(): readonly FragmentToCheck[] {
  return (globalThis as { [KEY]?: readonly FragmentToCheck[] })[KEY] ?? [];
}

/** The ids of one written page, and those of its headings (what a message suggests). */
export interface PageIds {
  ids: ReadonlySet<string>;
  headings: readonly string[];
}

/**
 * One issue per link whose fragment the page it leads to does not carry (in some edition), at the link's file and
 * line. `idsOf` gives a written page's ids, or undefined when no such file was written.
 */
export function deadFragmentIssues(fragments: readonly FragmentToCheck[], idsOf: (page: string) => PageIds | undefined): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const reported = new Set<string>();
  for (const { file, line, url, page, fragment } of fragments) {
    const key = `${file}\n${line}\n${url}`;
    if (reported.has(key)) continue;
    const written = idsOf(page);
    const problem = !written
      ? `the page ${page} was not written by this build`
      : written.ids.has(fragment)
        ? undefined
        : `the page ${page} has no element with the id "${fragment}"${written.headings.length > 0 ? ` (its headings: ${written.headings.slice(0, 8).map((id) => `#${id}`).join(', ')}${written.headings.length > 8 ? ', …' : ''})` : ''}; link to the page alone, or to one of its ids`;
    if (!problem) continue;
    reported.add(key);
    issues.push({ file, line, field: 'link', message: `${url}: ${problem}` });
  }
  return issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
