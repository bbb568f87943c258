/**
 * How the search index holds Chinese text, and how a reader sees it again. Pagefind segments Chinese with its own
 * dictionary at build time and with the browser's (Intl.Segmenter) at search time; the two cut names differently
 * (馬杜羅 as one word, or 馬 + 杜羅), so a name could match as its stray characters or not at all. The index
 * therefore holds every Han character as a word of its own, and a reader's word is searched as the exact phrase
 * of its characters: 馬杜羅 matches 馬杜羅, 杜羅 matches inside it, and no page holding only 杜 matches either.
 */
import { DOTTED } from '../typography/middle-dots';

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
export function markedRuns(text: string, words: readonly string[]): ExcerptRun[] {
  const longestFirst = words.filter(Boolean).sort((a, b) => b.length - a.length);
  const runs: ExcerptRun[] = [];
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

/** A piece of an excerpt, marked when it is a word searched for. */
export interface ExcerptRun {
  text: string;
  marked: boolean;
}

/**
 * The runs of an excerpt in groups, a group `together` holding the characters around a middle dot (斯·馬杜羅), which
 * the page shows on one line: a name must not break at its dot, as the built pages ensure
 * (src/lib/typography/middle-dots.ts). A mark the dot touches goes into the group whole, so no mark is cut.
 */
export function dotsHeldTogether(runs: readonly ExcerptRun[]): { runs: ExcerptRun[]; together: boolean }[] {
  const starts: number[] = [];
  let length = 0;
  for (const run of runs) {
    starts.push(length);
    length += run.text.length;
  }
  const runAt = (offset: number) => starts.findLastIndex((start) => start <= offset);
  const spans: [number, number][] = [];
  for (const match of runs.map((run) => run.text).join('').matchAll(DOTTED)) {
    const first = runAt(match.index);
    const last = runAt(match.index + match[0].length - 1);
    const from = runs[first]!.marked ? starts[first]! : match.index;
    const to = runs[last]!.marked ? starts[last]! + runs[last]!.text.length : match.index + match[0].length;
    const previous = spans.at(-1);
    if (previous && from <= previous[1]) previous[1] = Math.max(previous[1], to);
    else spans.push([from, to]);
  }
  /** The runs' text between two offsets, each piece keeping its run's mark. */
  const between = (from: number, to: number): ExcerptRun[] =>
    runs.flatMap((run, index) => {
      const start = starts[index]!;
      const text = run.text.slice(Math.max(from - start, 0), Math.max(to - start, 0));
      return text ? [{ text, marked: run.marked }] : [];
    });
  const groups: { runs: ExcerptRun[]; together: boolean }[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    if (from > at) groups.push({ runs: between(at, from), together: false });
    groups.push({ runs: between(from, to), together: true });
    at = to;
  }
  if (at < length) groups.push({ runs: between(at, length), together: false });
  return groups;
}
