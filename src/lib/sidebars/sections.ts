/**
 * The sections of an article's sidebars, in the order they stand: each has an anchor id (the index links to it),
 * a heading, a short label for the index and how many entries it holds. One list feeds both the index and the
 * sections, so the two cannot disagree; a section with nothing in it is left out of both.
 */
import { originalTellsSomething } from '../actors/original-name';
import type { SiteWords } from '../editions/site-words';

export type SidebarSectionId = 'actors' | 'quotes' | 'figures' | 'charts' | 'timeline';

export interface SidebarSection {
  id: SidebarSectionId;
  /** Anchor id of the `<section>` (`sidebar-<id>`: src/lib/page-ids.ts reserves the prefix); its heading is
   * `<anchor>-heading`. */
  anchor: string;
  heading: string;
  /** The index's word for it: short, so all of them fit one line of the sidebar. */
  label: string;
  count: number;
}

const SECTION_ORDER: readonly SidebarSectionId[] = ['actors', 'quotes', 'figures', 'charts', 'timeline'];

/** How many actors stand open before the rest fold: the main cast of a long analysis, and one screen's worth. */
export const ACTORS_SHOWN = 8;

/**
 * The actors whose name in their own language the page shows: those standing open in the sidebar, where the name
 * tells the reader something (src/lib/actors/original-name.ts). The folded ones leave it to their own page (and
 * annotations.json), and so does the page's JSON-LD, which describes what a reader can see.
 */
export function actorsShowingOriginal<Actor extends { id: string; original?: string }>(actors: readonly Actor[]): Set<string> {
  return new Set(
    actors
      .slice(0, ACTORS_SHOWN)
      .filter((actor) => originalTellsSomething(actor.original))
      .map((actor) => actor.id),
  );
}

export type SidebarCounts = Record<SidebarSectionId, number>;

/** The sections that have entries, in sidebar order, headed in the edition's words (src/lib/editions/site-words). */
export function sidebarSections(counts: SidebarCounts, words: SiteWords): SidebarSection[] {
  return SECTION_ORDER.map((id) => ({ id, ...words.sidebars.sections[id], anchor: `sidebar-${id}`, count: counts[id] })).filter((section) => section.count > 0);
}

/** Looks a section up by id; undefined when it has no entries (and so is not shown). */
export function sectionById(sections: readonly SidebarSection[], id: SidebarSectionId): SidebarSection | undefined {
  return sections.find((section) => section.id === id);
}
