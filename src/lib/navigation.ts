/**
 * The site navigation: the sections every page links to, and which one the reader is in (for aria-current).
 */
import type { EditionId } from './editions/editions';
import type { SiteWords } from './editions/site-words';
import { actorsIndexPath, archiveIndexPath, editionHomePath, searchPagePath, topicsIndexPath } from './paths';

export interface NavItem {
  /** Its label, in the edition's site words (src/lib/editions/site-words). */
  label: keyof SiteWords['nav'];
  path: (edition: EditionId) => string;
  /** Whether pages below `path` belong to this section (an actor's page to the actors' section); never for the home page. */
  coversSubpages: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'home', path: editionHomePath, coversSubpages: false },
  { label: 'topics', path: topicsIndexPath, coversSubpages: true },
  { label: 'actors', path: actorsIndexPath, coversSubpages: true },
  { label: 'archive', path: archiveIndexPath, coversSubpages: true },
  { label: 'search', path: searchPagePath, coversSubpages: true },
];

/**
 * `aria-current` for a navigation link: `page` on the page it links to, `true` on a page within its section (the
 * later pages of a paged list, `…/page/2/`, belong to its first page's section), nothing elsewhere. Both paths are
 * full site paths (base path included) with the trailing slash.
 */
export function navCurrent(pathname: string, href: string, coversSubpages: boolean): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === href) return 'page';
  if (path.startsWith(coversSubpages ? href : `${href}page/`)) return 'true';
  return undefined;
}
