/**
 * The last link check, over the built pages: a link's fragment on a page that is not an article (an actor page, a
 * topic, the archive…) against the ids that page really carries. Such a page's ids come from its template and from
 * every article that feeds it (the actor index's kinds, the archive's years, the sections an actor's page shows
 * or leaves out), so they are read from the page as written rather than predicted from its data: a template that
 * changes cannot leave the check behind. The links themselves were collected and checked in the content sync
 * (src/inputs/article-links.ts), with their files and lines; a dead fragment fails the build there, naming them,
 * before anything reads the output (scripts/build.mjs then publishes nothing). `astro dev` writes no pages and
 * does not run it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { ContentError } from '../lib/content/locate-issues';
import { deadFragmentIssues, fragmentsToCheck, type PageIds } from '../lib/links/page-fragments';

const HEADING = /^h[1-6]$/;

/** The ids of the page written at `file`, or undefined when there is none. */
export function writtenPageIds(file: string): PageIds | undefined {
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const ids = new Set<string>();
  const headings: string[] = [];
  visit(fromHtml(html), 'element', (element: Element) => {
    const { id } = element.properties;
    if (typeof id !== 'string') return;
    ids.add(id);
    if (HEADING.test(element.tagName)) headings.push(id);
  });
  return { ids, headings };
}

export function linkedFragments(): AstroIntegration {
  return {
    name: 'linked-fragments',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const fragments = fragmentsToCheck();
        if (fragments.length === 0) return;
        const outDir = fileURLToPath(dir);
        const pages = new Map<string, PageIds | undefined>();
        const idsOf = (page: string) => {
          if (!pages.has(page)) pages.set(page, writtenPageIds(join(outDir, page.endsWith('/') ? `${page}index.html` : page)));
          return pages.get(page);
        };
        const issues = deadFragmentIssues(fragments, idsOf);
        if (issues.length > 0) throw new ContentError(issues);
      },
    },
  };
}
