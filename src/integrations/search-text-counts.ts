/**
 * What one index part's text added to the query tables' counts (src/lib/search/query-script-table.ts), kept with the
 * part (./search-part-cache.ts) so that a warm build adds a part it takes back without reading its pages.
 *
 * Added part after part in the order a build counts them, the counts come out as counting every page in turn:
 * sums and sets do not depend on the order, and each map gets its keys in the order they first occur, which the
 * tables' ties go by.
 */
import type { EditionsText, EditionsTextCounter } from '../lib/search/query-script-table';

export interface CountedText {
  traditionalCharacters: [string, number][];
  traditionalPairs: [string, number][];
  simplifiedCharacters: string[];
  words: [string, string][];
}

export function countedText(text: EditionsText): CountedText {
  return {
    traditionalCharacters: [...text.traditionalCharacters],
    traditionalPairs: [...text.traditionalPairs],
    simplifiedCharacters: [...text.simplifiedCharacters],
    words: [...text.words],
  };
}

/** Adds a part's counts to the build's. */
export function addCounted(into: EditionsTextCounter, counted: CountedText): void {
  for (const [char, count] of counted.traditionalCharacters) into.traditionalCharacters.set(char, (into.traditionalCharacters.get(char) ?? 0) + count);
  for (const [pair, count] of counted.traditionalPairs) into.traditionalPairs.set(pair, (into.traditionalPairs.get(pair) ?? 0) + count);
  for (const char of counted.simplifiedCharacters) into.simplifiedCharacters.add(char);
  for (const [word, simplified] of counted.words) into.words.set(word, simplified);
}
