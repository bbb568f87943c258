/**
 * The names of what each indexed article carries for its search result (search-document.ts writes them, the
 * search page reads them: src/scripts/search.ts): metadata, filters and the sort key.
 */
export const SEARCH_FIELDS = { title: 'title', date: 'date', topics: 'topics', topic: 'topic', year: 'year' } as const;

/** Separates the topic names in the `topics` metadata (one string, as Pagefind's metadata are). */
export const TOPIC_SEPARATOR = '、';
