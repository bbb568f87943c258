/**
 * How an edition's articles are split into Pagefind index parts, and the list of parts the search page reads.
 *
 * One part per year of articles (a year of more than `maxPages` articles in runs of that many, oldest first), for
 * two readers of the index:
 * - a newsroom publishing into a large archive: a new article, or a correction, changes one part (its year's), and
 *   the other parts are taken from the last build unchanged (src/integrations/search-part-cache.ts), so neither
 *   the build nor the deploy pays for the whole index again;
 * - a reader's first search: the search page searches the newest year first and older years only as the reader
 *   goes on (src/scripts/search.ts), so what a first search fetches grows with a year of articles, not the archive.
 */

/** A page to index and the day its article was published (`YYYY-MM-DD`). */
export interface DatedPage {
  file: string;
  date: string;
}

export interface IndexPart {
  /** The part's folder inside the edition's bundle: the year, then `-2`, `-3`… for a year's later runs. */
  id: string;
  year: string;
  files: string[];
}

/** `parts.json` beside an edition's index parts: what the search page needs before loading any of them. */
export interface IndexPartsList {
  /** Newest first; each part's files are in the folder `<id>/` of the edition's bundle. */
  parts: { id: string; year: string }[];
  /** Every topic of the indexed articles with its count of articles, most first, then by name. */
  topics: [topic: string, articles: number][];
}

const byDateThenFile = (a: DatedPage, b: DatedPage) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

/**
 * The parts, oldest first. A year's runs are cut from its oldest article, so a new article (the newest, as a
 * rule) joins the year's last run and leaves the others as they were.
 */
export function planIndexParts(pages: readonly DatedPage[], maxPages: number): IndexPart[] {
  const years = new Map<string, string[]>();
  for (const page of [...pages].sort(byDateThenFile)) {
    const year = page.date.slice(0, 4);
    const files = years.get(year) ?? [];
    files.push(page.file);
    years.set(year, files);
  }
  const parts: IndexPart[] = [];
  for (const [year, files] of years) {
    for (let start = 0; start < files.length; start += maxPages) {
      const run = start / maxPages + 1;
      parts.push({ id: run === 1 ? year : `${year}-${run}`, year, files: files.slice(start, start + maxPages) });
    }
  }
  return parts;
}

/** The list the search page reads, from the parts (oldest first, as planned) and every indexed article's topics. */
export function indexPartsList(parts: readonly IndexPart[], topicsOfArticles: Iterable<readonly string[]>): IndexPartsList {
  const counts = new Map<string, number>();
  for (const topics of topicsOfArticles) for (const topic of new Set(topics)) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return {
    parts: [...parts].reverse().map(({ id, year }) => ({ id, year })),
    topics: [...counts].sort(([a, first], [b, second]) => second - first || (a < b ? -1 : a > b ? 1 : 0)),
  };
}
