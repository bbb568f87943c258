/**
 * Where a Chinese headline may break. A browser breaks Chinese between any two characters, so a headline can end a
 * line inside a word (「兩大盟 / 友」, 「這兩 / 個國家」). Headlines are cut here into phrases instead, and the page
 * writes a `<wbr>` between them under `word-break: keep-all` (typography.css), so lines break between phrases
 * only (and where punctuation allows), and `text-wrap: balance` evens them out.
 *
 * The words come from the dictionary in Intl.Segmenter (ICU). A phrase ends only between two words of two
 * characters or more: a one-character word (已, 被, 的, or a name ICU does not know, 特|朗|普) stays with its
 * neighbours, so neither it nor the name it belongs to is left at a line's end.
 */
const words = new Intl.Segmenter('zh-Hant', { granularity: 'word' });

const isLongWord = (segment: Intl.SegmentData | undefined) => Boolean(segment?.isWordLike) && [...(segment?.segment ?? '')].length >= 2;

/**
 * Phrases already cut, by headline: a title is shown on many pages (its article's, both editions, and every list,
 * actor page and read-next block it appears in), and segmenting it is what costs. Bounded by the archive's titles.
 */
const cut = new Map<string, readonly string[]>();

/** `text` cut into phrases; joined, they are `text` again. */
export function headlinePhrases(text: string): readonly string[] {
  let phrases = cut.get(text);
  if (!phrases) {
    phrases = phrasesOf(text);
    cut.set(text, phrases);
  }
  return phrases;
}

function phrasesOf(text: string): string[] {
  const phrases: string[] = [];
  let phrase = '';
  let previous: Intl.SegmentData | undefined;
  for (const segment of words.segment(text)) {
    if (phrase && isLongWord(previous) && isLongWord(segment)) {
      phrases.push(phrase);
      phrase = '';
    }
    phrase += segment.segment;
    previous = segment;
  }
  if (phrase) phrases.push(phrase);
  return phrases;
}
