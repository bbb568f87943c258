/**
 * A query typed in either script, turned into the script of the edition searched (马杜罗 on 繁體 → 馬杜羅, 馬杜羅 on
 * 简体 → 马杜罗), with the small table the build writes beside each edition's index (query-script-table.ts): its
 * words first, longest first at each place (以后 → 以後, 特朗普 → 川普), then its characters. Runs in the browser.
 */

/** One edition's table: characters as pairs in one string (from, to, from, to…), and whole words. */
export interface QueryScriptTable {
  characters: string;
  words: Record<string, string>;
}

export interface QueryScript {
  /** The query as the edition writes it. */
  convert(query: string): string;
}

export function queryScript(table: QueryScriptTable): QueryScript {
  const pairs = Array.from(table.characters);
  const characters = new Map<string, string>();
  for (let index = 0; index + 1 < pairs.length; index += 2) characters.set(pairs[index] ?? '', pairs[index + 1] ?? '');
  const wordsByFirst = new Map<string, string[]>();
  for (const word of Object.keys(table.words)) {
    const first = Array.from(word)[0] ?? '';
    wordsByFirst.set(first, [...(wordsByFirst.get(first) ?? []), word]);
  }
  for (const words of wordsByFirst.values()) words.sort((a, b) => b.length - a.length);
  return {
    convert(query) {
      let out = '';
      for (let at = 0; at < query.length; ) {
        const char = String.fromCodePoint(query.codePointAt(at) ?? 0);
        const word = wordsByFirst.get(char)?.find((candidate) => query.startsWith(candidate, at));
        if (word !== undefined) {
          out += table.words[word] ?? word;
          at += word.length;
        } else {
          out += characters.get(char) ?? char;
          at += char.length;
        }
      }
      return out;
    },
  };
}
