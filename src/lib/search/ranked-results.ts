/**
 * The order of a search's results. Each word of the query is searched as an exact phrase (search-text.ts), so a
 * page is a result only where it holds at least one whole word; pages holding more of the words come first, as a
 * reader of a two-word query expects, then by Pagefind's relevance (or by date, newest first, when asked).
 */

/** What Pagefind found for one word: each page's id and score. */
export type WordResults = readonly { id: string; score: number }[];

export interface RankedResult {
  id: string;
  /** How many of the query's words the page holds. */
  words: number;
}

/**
 * @param perWord Pagefind's results for each word of the query.
 * @param newestFirst Every page's id, newest first (Pagefind sorted by date), when the reader asked for that order.
 */
export function rankResults(perWord: readonly WordResults[], newestFirst?: readonly string[]): RankedResult[] {
  const found = new Map<string, { words: number; score: number }>();
  for (const results of perWord) {
    for (const { id, score } of results) {
      const seen = found.get(id) ?? { words: 0, score: 0 };
      found.set(id, { words: seen.words + 1, score: seen.score + score });
    }
  }
  const position = new Map(newestFirst?.map((id, index) => [id, index]));
  const secondary = newestFirst
    ? (a: string, b: string) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity)
    : (a: string, b: string) => (found.get(b)?.score ?? 0) - (found.get(a)?.score ?? 0);
  return [...found]
    .sort(([a, first], [b, second]) => second.words - first.words || secondary(a, b))
    .map(([id, { words }]) => ({ id, words }));
}

/** The results of the years searched so far, in the order they are shown, and how many of them may be shown yet. */
export interface AcrossYears {
  results: RankedResult[];
  /**
   * How many of `results`, from the first, are in their final place. Until every year is searched, an older year
   * may still hold pages with more of the words, which come before those with fewer: only pages holding every
   * word may be shown.
   */
  showable: number;
  /** Whether every year was searched. */
  complete: boolean;
}

/**
 * Joins the years' ranked results (newest year first): pages holding more of the words first, as in one year;
 * among pages holding as many, the newer year's first, each year in its own order. A year searched later only adds
 * results after those already showable, so what the reader sees never moves.
 */
export function acrossYears(years: readonly (readonly RankedResult[])[], words: number, complete: boolean): AcrossYears {
  const results = years
    .flatMap((ranked, year) => ranked.map((result, place) => ({ result, year, place })))
    .sort((a, b) => b.result.words - a.result.words || a.year - b.year || a.place - b.place)
    .map(({ result }) => result);
  const showable = complete ? results.length : results.filter((result) => result.words === words).length;
  return { results, showable, complete };
}

/** Quotation marks a reader may put around a name: every word is searched as a phrase anyway. */
const QUOTES = /["'“”‘’「」『』]/g;

/** The words of a query: split at spaces, without quotation marks, each in the edition's script, each once. */
export function queryWords(query: string, toEditionScript: (word: string) => string): string[] {
  return [...new Set(query.replace(QUOTES, ' ').trim().split(/\s+/).filter(Boolean).map(toEditionScript))];
}
