/**
 * The tables the search page turns a query into its edition's script with (query-script.ts), made at build time
 * from the project's converter and what the editions' indexes hold. Never the converter's dictionaries whole
 * (OpenCC's alone are megabytes): only characters and words that occur in the archive, so the tables stay a few
 * kilobytes and grow with the archive's vocabulary, not with the dictionaries.
 *
 * - On 繁體, a Simplified query: each Simplified character becomes the Traditional character the archive writes
 *   for it (发 → 發, the more frequent where two are written: 發 and 髮), unless the character is itself one the
 *   Traditional text uses (后 stays: 皇后). Where that would be wrong for a pair of characters the archive holds
 *   (以后 → 以後, 头发 → 頭髮), the pair is a word of the table. The converter's words (the mainland vocabulary and
 *   the site's overrides) that the archive uses go back to the Traditional word (特朗普 → 川普, 查韦斯 → 查維斯).
 * - On 简体, a Traditional query: every Traditional character whose Simplified form the Simplified text uses
 *   (OpenCC is many to one that way: 發, 髮 → 发), unless it is itself in that text; and the converter's words
 *   (軟體 → 软件, 川普 → 特朗普).
 */
import type { QueryScriptTable } from './query-script';

/** What the build counted in the editions' article text. */
export interface EditionsText {
  /** Han characters of the Traditional text, with how often each occurs. */
  traditionalCharacters: ReadonlyMap<string, number>;
  /** Pairs of adjacent Han characters of the Traditional text, with how often each occurs. */
  traditionalPairs: ReadonlyMap<string, number>;
  /** Han characters of the Simplified text. */
  simplifiedCharacters: ReadonlySet<string>;
  /** The converter's words the Traditional text uses, Traditional → Simplified. */
  words: ReadonlyMap<string, string>;
}

/** The converter's character layer, one result per character given. */
export type CharacterConverter = (characters: readonly string[]) => string[];

/** Every Han character a Traditional query might hold: the CJK Unified Ideographs and their Extension A. */
export function hanInventory(): string[] {
  const characters: string[] = [];
  for (let code = 0x3400; code <= 0x4dbf; code++) characters.push(String.fromCodePoint(code));
  for (let code = 0x4e00; code <= 0x9fff; code++) characters.push(String.fromCodePoint(code));
  return characters;
}

const byKey = (entries: Iterable<[string, string]>): Record<string, string> =>
  Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const pairString = (map: ReadonlyMap<string, string>): string =>
  [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, to]) => `${from}${to}`).join('');

/** The table of the Traditional edition: Simplified queries to the Traditional the archive writes. */
export function traditionalQueryTable(text: EditionsText, toSimplified: CharacterConverter): QueryScriptTable {
  const written = [...text.traditionalCharacters.keys()];
  const simplifiedOf = new Map(toSimplified(written).map((simplified, index) => [written[index] ?? '', simplified]));
  // Each Simplified character → the Traditional characters written for it, the most frequent first.
  const candidates = new Map<string, string[]>();
  for (const [traditional, simplified] of simplifiedOf) {
    if (simplified === traditional || Array.from(simplified).length !== 1) continue;
    candidates.set(simplified, [...(candidates.get(simplified) ?? []), traditional]);
  }
  const characters = new Map<string, string>();
  for (const [simplified, traditional] of candidates) {
    if (text.traditionalCharacters.has(simplified)) continue;
    traditional.sort((a, b) => (text.traditionalCharacters.get(b) ?? 0) - (text.traditionalCharacters.get(a) ?? 0));
    characters.set(simplified, traditional[0] ?? simplified);
  }
  const byCharacter = (pair: string, map: (char: string) => string) => Array.from(pair).map(map).join('');
  // Pairs the characters alone would get wrong: the most frequent pair the archive writes for a Simplified pair.
  const words = new Map<string, { traditional: string; count: number }>();
  for (const [pair, count] of text.traditionalPairs) {
    const simplified = byCharacter(pair, (char) => simplifiedOf.get(char) ?? char);
    if (simplified === pair || byCharacter(simplified, (char) => characters.get(char) ?? char) === pair) continue;
    if ((words.get(simplified)?.count ?? 0) < count) words.set(simplified, { traditional: pair, count });
  }
  const entries: [string, string][] = [...words].map(([simplified, { traditional }]) => [simplified, traditional]);
  for (const [traditional, simplified] of text.words) if (simplified !== traditional) entries.push([simplified, traditional]);
  return { characters: pairString(characters), words: byKey(entries) };
}

/** The table of the Simplified edition: Traditional queries to the Simplified the archive writes. */
export function simplifiedQueryTable(text: EditionsText, toSimplified: CharacterConverter, inventory: readonly string[] = hanInventory()): QueryScriptTable {
  const simplifiedOf = toSimplified(inventory);
  const characters = new Map<string, string>();
  inventory.forEach((traditional, index) => {
    const simplified = simplifiedOf[index] ?? traditional;
    if (simplified === traditional || !text.simplifiedCharacters.has(simplified) || text.simplifiedCharacters.has(traditional)) return;
    characters.set(traditional, simplified);
  });
  const words = [...text.words].filter(([traditional, simplified]) => traditional !== simplified);
  return { characters: pairString(characters), words: byKey(words) };
}

/** The converter's words at a place in Traditional text (an override, else the vocabulary's), as the converter finds them. */
export type ConverterWords = (text: string, offset: number) => { key: string; value: string } | undefined;

const HAN = /^\p{Script=Han}$/u;

/** Counts, page by page, what the tables are made from. */
export class EditionsTextCounter implements EditionsText {
  readonly traditionalCharacters = new Map<string, number>();
  readonly traditionalPairs = new Map<string, number>();
  readonly simplifiedCharacters = new Set<string>();
  readonly words = new Map<string, string>();
  readonly #converterWords: ConverterWords;

  constructor(converterWords: ConverterWords) {
    this.#converterWords = converterWords;
  }

  /** One Traditional page's text. */
  addTraditional(text: string): void {
    let previous = '';
    let wordEnd = 0;
    for (let offset = 0; offset < text.length; ) {
      const word = offset >= wordEnd ? this.#converterWords(text, offset) : undefined;
      if (word) {
        this.words.set(word.key, word.value);
        wordEnd = offset + word.key.length;
      }
      const char = String.fromCodePoint(text.codePointAt(offset) ?? 0);
      offset += char.length;
      if (!HAN.test(char)) {
        previous = '';
        continue;
      }
      this.traditionalCharacters.set(char, (this.traditionalCharacters.get(char) ?? 0) + 1);
      if (previous) this.traditionalPairs.set(previous + char, (this.traditionalPairs.get(previous + char) ?? 0) + 1);
      previous = char;
    }
  }

  /** One Simplified page's text. */
  addSimplified(text: string): void {
    for (const char of text) if (HAN.test(char)) this.simplifiedCharacters.add(char);
  }
}
