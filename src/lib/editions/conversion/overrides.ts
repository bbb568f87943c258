/**
 * Words OpenCC leaves as Taiwan writes them where a mainland reader expects another word (報導 → 报道,
 * 蘇愷 → 苏霍伊). Keys are written as they stand in the Traditional text; values as the Simplified edition must
 * read. Two layers: the site-wide file `content/conversion.yaml` and an article's `conversion` frontmatter.
 */
export type ConversionOverrides = Readonly<Record<string, string>>;

/** The article's map wins over the site's: same key, the article's value. */
export function mergeOverrides(site: ConversionOverrides, article: ConversionOverrides = {}): ConversionOverrides {
  return { ...site, ...article };
}

/**
 * Finds override keys in text, longest first at each position, so that `報導者` can be overridden apart from
 * `報導`. Keyed by first character to keep lookups short.
 */
export class OverrideMatcher {
  readonly #keysByFirstChar = new Map<string, string[]>();
  readonly #overrides: ConversionOverrides;

  constructor(overrides: ConversionOverrides) {
    this.#overrides = overrides;
    for (const key of Object.keys(overrides)) {
      if (key === '') continue;
      const first = key[0] ?? '';
      const keys = this.#keysByFirstChar.get(first) ?? [];
      keys.push(key);
      this.#keysByFirstChar.set(first, keys);
    }
    for (const keys of this.#keysByFirstChar.values()) keys.sort((a, b) => b.length - a.length);
  }

  /** Whether some override starts with `char` (a one-character string). */
  startsWith(char: string): boolean {
    return this.#keysByFirstChar.has(char);
  }

  /** The longest override starting at `offset`, if any. */
  matchAt(text: string, offset: number): { key: string; value: string } | undefined {
    const keys = this.#keysByFirstChar.get(text[offset] ?? '');
    const key = keys?.find((candidate) => text.startsWith(candidate, offset) && standsAlone(text, offset, candidate.length));
    return key === undefined ? undefined : { key, value: this.#overrides[key] ?? '' };
  }
}

const LATIN_WORD_CHARACTER = /[A-Za-z0-9]/;

/**
 * Chinese has no spaces between words, so a key matches wherever its characters stand. A key that begins or ends
 * in a Latin letter or digit, though, matches only a whole Latin word there: `amp` converts "amp", not the start
 * of "ampere".
 */
function standsAlone(text: string, offset: number, length: number): boolean {
  const first = text[offset] ?? '';
  const last = text[offset + length - 1] ?? '';
  const before = text[offset - 1] ?? '';
  const after = text[offset + length] ?? '';
  if (LATIN_WORD_CHARACTER.test(first) && LATIN_WORD_CHARACTER.test(before)) return false;
  if (LATIN_WORD_CHARACTER.test(last) && LATIN_WORD_CHARACTER.test(after)) return false;
  return true;
}
