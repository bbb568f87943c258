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

/** Quotation marks a reader may put around a name: every word is searched as a phrase anyway. */
const QUOTES = /["'“”‘’「」『』]/g;

/** The words of a query: split at spaces, without quotation marks, each in the edition's script, each once. */
export function queryWords(query: string, toEditionScript: (word: string) => string): string[] {
  return [...new Set(query.replace(QUOTES, ' ').trim().split(/\s+/).filter(Boolean).map(toEditionScript))];
}
