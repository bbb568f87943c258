/**
 * How the search index holds Chinese text, and how a reader sees it again. Pagefind segments Chinese with its own
 * dictionary at build time and with the browser's (Intl.Segmenter) at search time; the two cut names differently
 * (馬杜羅 as one word, or 馬 + 杜羅), so a name could match as its stray characters or not at all. The index
 * therefore holds every Han character as a word of its own, and a reader's word is searched as the exact phrase
 * of its characters: 馬杜羅 matches 馬杜羅, 杜羅 matches inside it, and no page holding only 杜 matches either.
 */

/** Characters a reader sees as Chinese text: Han, and the punctuation, brackets and marks set between them. */
const CHINESE_TEXT = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2026\\u00b7\\u2018\\u2019\\u201c\\u201d';

const HAN_CHARACTER = /\p{Script=Han}/gu;

/** Text as the index holds it: a space on either side of every Han character (Pagefind splits words at spaces). */
export function spacedForIndex(text: string): string {
  return text.replace(HAN_CHARACTER, ' $& ');
}

/** A reader's word as the index holds it: `馬杜羅` → `馬 杜 羅`, `G20峰會` → `G20 峰 會`. */
export function indexedPhrase(word: string): string {
  return spacedForIndex(word).trim().replace(/\s+/g, ' ');
}

const SPACE_BESIDE_CHINESE = new RegExp(`\\s+(?=[${CHINESE_TEXT}])|(?<=[${CHINESE_TEXT}])\\s+`, 'gu');

/**
 * An excerpt as the page reads: without the spaces the index put between characters, Pagefind's zero-width
 * spaces, or any space beside Chinese text and its punctuation (「 馬杜羅 」 → 「馬杜羅」); spaces between Latin
 * words stay, one each.
 */
export function tidyExcerpt(text: string): string {
  return text.replace(/\u200b/g, '').replace(/\s+/g, ' ').replace(SPACE_BESIDE_CHINESE, '').trim();
}

/**
 * Text cut into runs, each marked when it is one of `words`: whole words in the edition's script (马杜罗 searched on
 * 繁體 marks 馬杜羅), longest first where two overlap, never a stray character of one.
 */
export function markedRuns(text: string, words: readonly string[]): { text: string; marked: boolean }[] {
  const longestFirst = words.filter(Boolean).sort((a, b) => b.length - a.length);
  const runs: { text: string; marked: boolean }[] = [];
  const lower = text.toLowerCase();
  let plainStart = 0;
  for (let at = 0; at < text.length; ) {
    const word = longestFirst.find((candidate) => lower.startsWith(candidate.toLowerCase(), at));
    if (!word) {
      at += 1;
      continue;
    }
    if (at > plainStart) runs.push({ text: text.slice(plainStart, at), marked: false });
    runs.push({ text: text.slice(at, at + word.length), marked: true });
    at += word.length;
    plainStart = at;
  }
  if (plainStart < text.length) runs.push({ text: text.slice(plainStart), marked: false });
  return runs;
}
