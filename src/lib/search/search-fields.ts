/**
 * The names of what each indexed article carries for its search result (search-document.ts writes them, the
 * search page reads them: src/scripts/search.ts): metadata, filters and the sort key. `part` is the number of the
 * index part holding the page (1 for the bundle itself, 2 for `part-2/`…), for ordering newest first across parts.
 */
export const SEARCH_FIELDS = { title: 'title', date: 'date', topics: 'topics', topic: 'topic', year: 'year', part: 'part' } as const;

/** Separates the topic names in the `topics` metadata (one string, as Pagefind's metadata are). */
export const TOPIC_SEPARATOR = '、';
