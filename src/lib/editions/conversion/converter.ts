/**
 * The Simplified converter. Four layers, each winning over the one before where its words stand:
 *
 *   1. OpenCC `tw`→`cn`: characters (and the few phrases its Taiwan variant table holds);
 *   2. the mainland vocabulary (vocabulary.ts): Taiwan words a mainland reader writes otherwise (貨櫃 → 集装箱);
 *   3. the site's overrides (content/conversion.yaml);
 *   4. the article's own `conversion` map.
 *
 * Layers 3 and 4 are one set of overrides (mergeOverrides: the article's value wins for the same key); they are
 * looked for first, longest key first. The vocabulary is looked for in the text between them, longest word first;
 * OpenCC converts the rest. Then quotation marks (punctuation.ts). One instance per set of overrides, cached, so a
 * build makes a handful, not one per page.
 */
import { openccTraditionalToSimplified } from './opencc';
import { OverrideMatcher, type ConversionOverrides } from './overrides';
import { simplifiedPunctuation } from './punctuation';
import { mainlandVocabulary, type Vocabulary } from './vocabulary';

export interface SimplifiedConverter {
  /** One run of Traditional text, as the Simplified edition reads it. */
  convert(text: string): string;
  /**
   * Converts text that the page shows split into parts (text nodes split by `<a>`, `<q>`, `<data>`…) as one run,
   * so words and phrases across a split convert as they would unsplit, and returns one result per part.
   * Joined, the results equal `convert(parts.join(''))`.
   */
  convertParts(parts: readonly string[]): string[];
  /**
   * The stretches of `text` (start and end offsets) that no override or vocabulary word claims: the words there
   * are written as OpenCC's characters make them. What the build's report of Taiwan words left looks in.
   */
  charactersOnly(text: string): { start: number; end: number }[];
}

/** A stretch of the source and what it becomes: a word (an override or the vocabulary's), or a run OpenCC converted. */
interface Piece {
  start: number;
  end: number;
  target: string;
  /** An override or vocabulary word, rather than characters OpenCC converted. */
  isWord: boolean;
}

/** Finds words in text: the longest at an offset, if any. */
interface WordMatcher {
  matchAt(text: string, offset: number): { key: string; value: string } | undefined;
}

function convertPlain(text: string): string {
  return simplifiedPunctuation(openccTraditionalToSimplified(text));
}

/**
 * The pieces of `text` between `start` and `end`: the words `layers[0]` finds, and in the stretches between them the
 * words of the next layer, and so on; what no layer claims is a run OpenCC converts.
 */
function toPieces(text: string, layers: readonly WordMatcher[], start = 0, end = text.length): Piece[] {
  const [matcher, ...rest] = layers;
  if (!matcher) return end > start ? [{ start, end, target: convertPlain(text.slice(start, end)), isWord: false }] : [];
  const pieces: Piece[] = [];
  let plainStart = start;
  for (let offset = start; offset < end; ) {
    const match = matcher.matchAt(text, offset);
    if (!match || offset + match.key.length > end) {
      offset += 1;
      continue;
    }
    pieces.push(...toPieces(text, rest, plainStart, offset));
    pieces.push({ start: offset, end: offset + match.key.length, target: match.value, isWord: true });
    offset += match.key.length;
    plainStart = offset;
  }
  pieces.push(...toPieces(text, rest, plainStart, end));
  return pieces;
}

/**
 * Cuts `target` into as many slices as `lengths` has entries, in proportion to those lengths. Exact when target
 * and source have the same length (OpenCC `tw`→`cn` is almost always one character for one); an override that
 * changes length (蘇愷 → 苏霍伊) split by a tag is shared out as evenly as characters allow.
 */
function shareOut(target: string, lengths: readonly number[]): string[] {
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const slices: string[] = [];
  let covered = 0;
  let from = 0;
  for (const length of lengths) {
    covered += length;
    const to = total === 0 ? target.length : Math.round((target.length * covered) / total);
    slices.push(target.slice(from, to));
    from = to;
  }
  return slices;
}

/**
 * Runs converted so far, per converter. Pages repeat most of their text (header, footer, sidebars, the same quote
 * on an article and on each actor page it names), so a build converts each distinct run once. Bounded, so a site
 * of any size keeps a flat memory profile: when full it starts again.
 */
const MEMO_LIMIT = 50_000;

/** Separates parts in a memo key; runs containing it (never page text: HTML parsers drop NUL) are not memoised. */
const PART_SEPARATOR = '\u0000';

function createConverter(overrides: ConversionOverrides, vocabulary: Vocabulary): SimplifiedConverter {
  const matcher = new OverrideMatcher(overrides);
  const layers: readonly WordMatcher[] = [matcher, vocabulary];
  const memo = new Map<string, string[]>();
  /**
   * Text that neither OpenCC, the punctuation table, the vocabulary nor an override can change: only ASCII, and
   * no ASCII character a word starts with. Most runs between tags are such (whitespace, numbers, Latin names).
   */
  const unchangeable = (parts: readonly string[]): boolean => {
    for (const part of parts) {
      for (let index = 0; index < part.length; index++) {
        const char = part[index] ?? '';
        if (part.charCodeAt(index) > 0x7f || matcher.startsWith(char) || vocabulary.startsWith(char)) return false;
      }
    }
    return true;
  };
  const convertParts = (parts: readonly string[]): string[] => {
    if (unchangeable(parts)) return [...parts];
    if (parts.some((part) => part.includes(PART_SEPARATOR))) return convertPartsAfresh(parts);
    const key = parts.join(PART_SEPARATOR);
    const known = memo.get(key);
    if (known) return [...known];
    const results = convertPartsAfresh(parts);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, results);
    return [...results];
  };
  const convertPartsAfresh = (parts: readonly string[]): string[] => {
    const results = parts.map(() => '');
    const starts: number[] = [];
    let joinedLength = 0;
    for (const part of parts) {
      starts.push(joinedLength);
      joinedLength += part.length;
    }
    const joined = parts.join('');
    for (const piece of toPieces(joined, layers)) {
      // The parts this piece overlaps, and how much of each.
      const overlaps: { part: number; from: number; to: number }[] = [];
      parts.forEach((part, index) => {
        const from = Math.max(piece.start, starts[index] ?? 0);
        const to = Math.min(piece.end, (starts[index] ?? 0) + part.length);
        if (to > from) overlaps.push({ part: index, from, to });
      });
      const sameLength = piece.target.length === piece.end - piece.start;
      if (overlaps.length === 1 || sameLength || piece.isWord) {
        const slices = shareOut(piece.target, overlaps.map(({ from, to }) => to - from));
        overlaps.forEach(({ part }, index) => (results[part] += slices[index] ?? ''));
      } else {
        // OpenCC changed the length of a run that a tag splits: where each character went is unknown, so each
        // part of the run converts on its own rather than risk moving text across the tag.
        for (const { part, from, to } of overlaps) results[part] += convertPlain(joined.slice(from, to));
      }
    }
    return results;
  };
  const charactersOnly = (text: string) =>
    toPieces(text, layers)
      .filter((piece) => !piece.isWord)
      .map(({ start, end }) => ({ start, end }));
  return { convert: (text) => convertParts([text]).join(''), convertParts, charactersOnly };
}

const convertersByVocabulary = new WeakMap<Vocabulary, Map<string, SimplifiedConverter>>();

/**
 * The converter for a set of overrides, made once per distinct set. The vocabulary is the site's
 * (mainland-vocabulary.yaml); tests pass another (NO_VOCABULARY) to see OpenCC and the overrides alone.
 */
export function simplifiedConverter(overrides: ConversionOverrides = {}, vocabulary: Vocabulary = mainlandVocabulary()): SimplifiedConverter {
  const key = JSON.stringify(Object.entries(overrides).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let converters = convertersByVocabulary.get(vocabulary);
  if (!converters) {
    converters = new Map();
    convertersByVocabulary.set(vocabulary, converters);
  }
  let converter = converters.get(key);
  if (!converter) {
    converter = createConverter(overrides, vocabulary);
    converters.set(key, converter);
  }
  return converter;
}
