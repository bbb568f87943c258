/**
 * The pages every browser check visits: one of each kind (root, edition home, article, actor, topic, archive
 * month…) in each edition, read from the built sites, so new templates get checked without editing the tests.
 * The real site comes first; the generated archive adds the kinds only a long archive has (the later pages of a
 * paged list, an actor's own quote lists).
 */
import { inject } from 'vitest';
import { representativePages, type SitePage } from '../../../scripts/lib/page-kinds.mjs';

export interface CheckedPage extends SitePage {
  /** Address of the server the page is on (no trailing slash). */
  siteUrl: string;
  /** Which built site: the real content or the generated archive. */
  site: 'seed' | 'archive';
}

const kindKey = (page: SitePage) => `${page.kind}|${page.edition ?? ''}`;
const seedPages: CheckedPage[] = representativePages(inject('siteDir')).map((page) => ({ ...page, siteUrl: inject('siteUrl'), site: 'seed' }));
const seedKinds = new Set(seedPages.map(kindKey));
const archivePages: CheckedPage[] = representativePages(inject('archiveDir'))
  .filter((page) => !seedKinds.has(kindKey(page)))
  .map((page) => ({ ...page, siteUrl: inject('archiveUrl'), site: 'archive' }));

export const SITE_PAGES: CheckedPage[] = [...seedPages, ...archivePages];

/** Pages a reader lands on within an edition (the root only forwards). */
export const EDITION_PAGES = SITE_PAGES.filter((page) => page.kind !== 'root');

export function describePage(page: CheckedPage): string {
  return `${page.kind}${page.edition ? ` (${page.edition})` : ''} ${page.site === 'archive' ? '[archive] ' : ''}${page.path}`;
}
