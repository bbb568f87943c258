/**
 * The mainland vocabulary (mainland-vocabulary.yaml, beside this file): Taiwan words and the words a mainland
 * reader writes for them, applied to every Simplified page after OpenCC's characters and before the site's and the
 * article's overrides (converter.ts).
 *
 * The data file is part of the code, not of the content: it is imported as text through Vite (`?raw`), so it is
 * bundled with the converter, read once per build (when this module is first used), and src/lib touches no file.
 * Astro, Vitest and the bench all load src/lib through Vite.
 */
import vocabularyText from './mainland-vocabulary.yaml?raw';
import { openccTraditionalToSimplified } from './opencc';
import { OverrideMatcher, type ConversionOverrides } from './overrides';

/** Where the vocabulary lives, for messages. */
export const VOCABULARY_FILE = 'src/lib/editions/conversion/mainland-vocabulary.yaml';

export interface VocabularyProblem {
  line: number;
  message: string;
}

/** A vocabulary: its pairs, and the longest-first matcher over them that knows what a gloss is. */
export class Vocabulary {
  readonly pairs: ConversionOverrides;
  readonly #matcher: OverrideMatcher;

  constructor(pairs: ConversionOverrides) {
    this.pairs = pairs;
    this.#matcher = new OverrideMatcher(pairs);
  }

  get size(): number {
    return Object.keys(this.pairs).length;
  }

  /** Whether some word starts with `char`. */
  startsWith(char: string): boolean {
    return this.#matcher.startsWith(char);
  }

  /** The longest word at `offset` that the text uses (not one it glosses or quotes as a name), if any. */
  matchAt(text: string, offset: number): { key: string; value: string } | undefined {
    const match = this.#matcher.matchAt(text, offset);
    return match && !isMentioned(text, offset, match.key, match.value) ? match : undefined;
  }
}

/** The vocabulary of no words: OpenCC and the overrides alone. */
export const NO_VOCABULARY = new Vocabulary({});

const PAIR = /^(\S+): (\S+)$/;

/**
 * Reads a vocabulary: one `Traditional: Simplified` pair a line, `#` comments and blank lines ignored. Stricter than
 * YAML on purpose (no quoting, no nesting, no spaces inside a word), so a line is always one word and its
 * replacement; a key written twice is a problem, not a silent override.
 */
export function parseVocabulary(text: string): { pairs: Record<string, string>; problems: VocabularyProblem[] } {
  const pairs: Record<string, string> = {};
  const problems: VocabularyProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) return;
    const match = PAIR.exec(line);
    if (!match) {
      problems.push({ line: index + 1, message: `"${line}" is not one "Traditional: Simplified" pair` });
      return;
    }
    const [, key = '', value = ''] = match;
    if (Object.hasOwn(pairs, key)) problems.push({ line: index + 1, message: `${key} is listed twice` });
    pairs[key] = value;
  });
  return { pairs, problems };
}

let mainland: Vocabulary | undefined;

/** The site's vocabulary, read on first use. A malformed file is a bug in the code, named with its line. */
export function mainlandVocabulary(): Vocabulary {
  if (!mainland) {
    const { pairs, problems } = parseVocabulary(vocabularyText);
    if (problems.length > 0) {
      throw new Error(problems.map(({ line, message }) => `${VOCABULARY_FILE}:${line}: ${message}`).join('\n'));
    }
    mainland = new Vocabulary(pairs);
  }
  return mainland;
}

/** Opening and closing quotation marks as Traditional text writes them. */
const QUOTES: Readonly<Record<string, string>> = { '「': '」', '『': '』', '“': '”' };
const OPENING_PARENTHESES = new Set(['（', '(']);
const CLOSING_PARENTHESES = new Set(['）', ')']);
/** How far back an opening parenthesis is looked for: a gloss is short. */
const GLOSS_REACH = 60;

/**
 * Whether the word at `offset` is mentioned rather than used, and so stays as written:
 *
 * - a gloss: it stands inside a parenthesis that follows the very word it would become, as writers give a name's
 *   other forms (美國總統唐納德·特朗普（Donald Trump，川普）, 數據庫（資料庫）); converting it would say the word twice;
 * - a word quoted alone (「川普」): the text is talking about the word itself.
 */
function isMentioned(text: string, offset: number, key: string, value: string): boolean {
  const end = offset + key.length;
  const opening = text[offset - 1] ?? '';
  if (QUOTES[opening] !== undefined && text[end] === QUOTES[opening]) return true;
  const parenthesis = openParenthesisBefore(text, offset);
  if (parenthesis === undefined || parenthesis < value.length) return false;
  return openccTraditionalToSimplified(text.slice(parenthesis - value.length, parenthesis)) === value;
}

/** Where the parenthesis that `offset` stands in opens, if it stands in one. */
function openParenthesisBefore(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let index = offset - 1; index >= Math.max(0, offset - GLOSS_REACH); index--) {
    const char = text[index] ?? '';
    if (CLOSING_PARENTHESES.has(char)) depth += 1;
    else if (OPENING_PARENTHESES.has(char)) {
      if (depth === 0) return index;
      depth -= 1;
    }
  }
  return undefined;
}
