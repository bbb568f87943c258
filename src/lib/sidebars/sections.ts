/**
 * The sections of an article's sidebars, in the order they stand: each has an anchor id (the index links to it),
 * a heading, a short label for the index and how many entries it holds. One list feeds both the index and the
 * sections, so the two cannot disagree; a section with nothing in it is left out of both.
 */
import { originalTellsSomething } from '../actors/original-name';

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

const SECTIONS: readonly Omit<SidebarSection, 'count' | 'anchor'>[] = [
  { id: 'actors', heading: '人物與機構', label: '人物' },
  { id: 'quotes', heading: '引述', label: '引述' },
  { id: 'figures', heading: '關鍵數字', label: '數字' },
  { id: 'charts', heading: '圖表', label: '圖表' },
  { id: 'timeline', heading: '時間線', label: '時間線' },
];

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

/** The sections that have entries, in sidebar order. */
export function sidebarSections(counts: SidebarCounts): SidebarSection[] {
  return SECTIONS.map((section) => ({ ...section, anchor: `sidebar-${section.id}`, count: counts[section.id] })).filter((section) => section.count > 0);
}

/** Looks a section up by id; undefined when it has no entries (and so is not shown). */
export function sectionById(sections: readonly SidebarSection[], id: SidebarSectionId): SidebarSection | undefined {
  return sections.find((section) => section.id === id);
}
