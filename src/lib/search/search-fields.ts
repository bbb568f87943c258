/**
 * The names of what each indexed article carries for its search result (search-document.ts writes them, the
 * search page reads them: src/scripts/search.ts): metadata, filters and the sort key. `part` is the index part
 * holding the page (`2025`, `2025-2`: src/lib/search/index-parts.ts): Pagefind sorts within one part only, so a
 * year in several runs is listed newest first run by run.
 */
export const SEARCH_FIELDS = { title: 'title', date: 'date', topics: 'topics', topic: 'topic', year: 'year', part: 'part' } as const;

/** Separates the topic names in the `topics` metadata (one string, as Pagefind's metadata are). */
export const TOPIC_SEPARATOR = '、';
