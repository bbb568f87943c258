/**
 * The site navigation: the sections every page links to, and which one the reader is in (for aria-current).
 */
import type { EditionId } from './editions/editions';
import { actorsIndexPath, archiveIndexPath, editionHomePath, searchPagePath, topicsIndexPath } from './paths';

export interface NavItem {
  /** Label in Traditional script (the Simplified edition converts it with the rest of the page). */
  label: string;
  path: (edition: EditionId) => string;
  /** Whether pages below `path` belong to this section (an actor's page to 人物); never for the home page. */
  coversSubpages: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: '首頁', path: editionHomePath, coversSubpages: false },
  { label: '主題', path: topicsIndexPath, coversSubpages: true },
  { label: '人物', path: actorsIndexPath, coversSubpages: true },
  { label: '存檔', path: archiveIndexPath, coversSubpages: true },
  { label: '搜尋', path: searchPagePath, coversSubpages: true },
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
