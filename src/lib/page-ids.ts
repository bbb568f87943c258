/**
 * Ids the page templates write around an article (the skip link's `main`, sidebar entries, section headings,
 * charts). An id an editor writes in an article (`{#name}`) may take none of them, and ids generated from the text
 * (heading slugs) step around them, so every id on a page stays unique.
 *
 * A template adding an id outside the article body uses one of these names or prefixes (or adds one here);
 * tests/build/unique-ids.test.ts checks every built page against this list.
 */

/** Whole ids. */
const PAGE_IDS = new Set(['main', 'top', 'content', 'read-next']);

/**
 * Families of ids: one per sidebar entry, per chart, per group of actors… and per picture (`image-<id>`: the
 * hero stands outside the article body, placed pictures inside it; both take their id from the frontmatter).
 */
const PAGE_ID_PREFIXES = [
  'actor-', 'actors-', 'quote-', 'quotes-', 'figure-', 'figures-', 'chart-', 'image-', 'timeline-', 'sources-',
  'search-', 'sidebar-', 'section-', 'site-', 'nav-', 'page-', 'mark-card',
];

/** Section headings of the templates end so: `sources-heading`, `actor-quotes-heading`. */
const PAGE_ID_SUFFIX = '-heading';

export function isPageId(id: string): boolean {
  return PAGE_IDS.has(id) || id.endsWith(PAGE_ID_SUFFIX) || PAGE_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}

/** How an editor reads the rule, in error messages. */
export const PAGE_ID_RULE = `the page uses ${[...PAGE_IDS].join(', ')} and ids starting ${PAGE_ID_PREFIXES.join(' ')} or ending ${PAGE_ID_SUFFIX}`;
