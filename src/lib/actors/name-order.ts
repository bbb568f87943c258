/**
 * The actor index by name: every actor in the order of its name's pinyin, under the letter it starts with, as
 * Chinese indexes and dictionaries order names for readers of both scripts (the page is written in Traditional
 * characters and converted, so one order serves both editions). Pinyin comes from pinyin-pro, a maintained
 * dictionary of readings (surnames read as surnames: 單 dan, not shan), at build time only; punctuation before a
 * name (《華盛頓郵報》) is passed over, and a Latin name files under its own first letter.
 */
import { pinyin } from 'pinyin-pro';

/** An actor's place in the name order. */
export interface NameKey {
  /** `A`–`Z`, or `#` for a name that starts with neither a Chinese character nor a Latin letter. */
  letter: string;
  /** Lower-case pinyin without tones, syllables apart: what the order compares. */
  reading: string;
}

const LEADING_PUNCTUATION = /^[\p{P}\p{S}\s]+/u;

export function nameKey(name: string): NameKey {
  const text = name.replace(LEADING_PUNCTUATION, '');
  const reading = pinyin(text, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .join(' ')
    .toLowerCase();
  const first = reading.charAt(0).toUpperCase();
  return { letter: /^[A-Z]$/.test(first) ? first : '#', reading };
}

/**
 * `items` in name order: by reading (names under `#` last), then by the name itself, then by id, so the order
 * never depends on the file system. Each comes with its key.
 */
export function inNameOrder<Item>(items: readonly Item[], nameOf: (item: Item) => string, idOf: (item: Item) => string): { item: Item; key: NameKey }[] {
  return items
    .map((item) => ({ item, key: nameKey(nameOf(item)) }))
    .sort((a, b) => {
      const letters = (a.key.letter === '#' ? 1 : 0) - (b.key.letter === '#' ? 1 : 0);
      return letters || compare(a.key.reading, b.key.reading) || compare(nameOf(a.item), nameOf(b.item)) || compare(idOf(a.item), idOf(b.item));
    });
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Where each letter starts in a list in name order: letter → its first index. For the letters above a paged list,
 * each linking to the page its names start on.
 */
export function letterStarts(keys: readonly NameKey[]): { letter: string; index: number }[] {
  const starts: { letter: string; index: number }[] = [];
  keys.forEach((key, index) => {
    if (starts.at(-1)?.letter !== key.letter) starts.push({ letter: key.letter, index });
  });
  return starts;
}
