/**
 * The pages every browser check visits: one of each kind (root, edition home, article, and the actor pages and
 * second edition once they exist) in each edition, read from the built site, so new templates get checked
 * without editing the tests.
 */
import { inject } from 'vitest';
import { representativePages, type SitePage } from '../../../scripts/lib/page-kinds.mjs';

export const SITE_PAGES: SitePage[] = representativePages(inject('siteDir'));

/** Pages a reader lands on within an edition (the root only forwards). */
export const EDITION_PAGES = SITE_PAGES.filter((page) => page.kind !== 'root');

export function describePage(page: SitePage): string {
  return `${page.kind}${page.edition ? ` (${page.edition})` : ''} ${page.path}`;
}
