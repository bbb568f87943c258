/**
 * Every id on every built page is unique, and every id the templates write around the article body is one the
 * article's ids are kept away from (src/lib/page-ids.ts): a template adding an id elsewhere must register it
 * there, or an editor's `{#name}` could take it.
 */
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import { isPageId } from '../../src/lib/page-ids';
import { SEED_SITE_DIR } from '../helpers/build-site';
import { readPage } from '../helpers/html';
import { htmlFiles } from '../helpers/site-links';

/** Ids of a page, and whether each stands inside the rendered Markdown (`.article-body`). */
function idsOf(page: string): { id: string; inBody: boolean }[] {
  const found: { id: string; inBody: boolean }[] = [];
  const walk = (element: Element, inBody: boolean) => {
    const here = inBody || (Array.isArray(element.properties.className) && element.properties.className.includes('article-body'));
    if (typeof element.properties.id === 'string') found.push({ id: element.properties.id, inBody: here });
    for (const child of element.children) if (child.type === 'element') walk(child, here);
  };
  visit(readPage(SEED_SITE_DIR, `/${page}`), 'element', (element: Element, _index, parent) => {
    if (parent?.type === 'root') walk(element, false);
  });
  return found;
}

describe('ids on the built pages', () => {
  const pages = htmlFiles(SEED_SITE_DIR);

  it('are unique on every page', () => {
    const repeated = pages.flatMap((page) => {
      const counts = new Map<string, number>();
      for (const { id } of idsOf(page)) counts.set(id, (counts.get(id) ?? 0) + 1);
      return [...counts].filter(([, count]) => count > 1).map(([id, count]) => `${page}: ${id} ×${count}`);
    });
    expect(repeated).toEqual([]);
  });

  it('outside the article body, are all ids the article is kept away from', () => {
    const unregistered = pages.flatMap((page) =>
      idsOf(page)
        .filter(({ id, inBody }) => !inBody && !isPageId(id))
        .map(({ id }) => `${page}: ${id}`),
    );
    expect(unregistered).toEqual([]);
  });
});
