/**
 * The digest of a value: what a page's `cacheKey` is made of (src/queries/page-keys.ts), so that Astro's
 * incremental build renders a page again exactly when what it shows has changed.
 *
 * JSON, with what JSON.stringify would drop or lose made explicit: Maps and Sets as their entries (JSON writes
 * `{}`), `undefined` as a marker (JSON drops it from objects, so `{ a: undefined }` and `{}` would collide, which is
 * harmless, but an `undefined` in an array would read as `null`). Object keys keep their order: the same data
 * built by the same code comes in the same order, and a key need only agree with itself from build to build.
 */
import { createHash } from 'node:crypto';

function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { '(map)': [...value] };
  if (value instanceof Set) return { '(set)': [...value] };
  if (value === undefined) return '(undefined)';
  if (typeof value === 'bigint') return `(bigint)${value}`;
  return value;
}

/**
 * A stable digest of `value` (hex SHA-256 of its JSON as above). `digestOfPart`, where given, may stand for an
 * object inside `value` with a digest of its own (a string), so an object shown by many pages is serialised once
 * (src/queries/page-keys.ts); it returns `undefined` for the others.
 */
export function digestOf(value: unknown, digestOfPart?: (part: object) => string | undefined): string {
  const replace = digestOfPart
    ? (key: string, item: unknown) => (item !== value && item !== null && typeof item === 'object' ? (digestOfPart(item) ?? replacer(key, item)) : replacer(key, item))
    : replacer;
  return createHash('sha256')
    .update(JSON.stringify(value, replace) ?? '(undefined)')
    .digest('hex');
}

/**
 * How stringsIn walks: `wanted` keeps only the strings it accepts (all by default); `remembered`, where given, names
 * the objects met on many pages, whose strings are found once and kept in `memo`.
 */
export interface StringsWalk {
  wanted?: (text: string) => boolean;
  remembered?: (value: object) => boolean;
  memo?: WeakMap<object, readonly string[]>;
}

/** Every string anywhere in `value` (keys of objects included), for picking the data a page refers to by id. */
export function stringsIn(value: unknown, found: Set<string> = new Set(), walk: StringsWalk = {}): Set<string> {
  if (typeof value === 'string') {
    if (!walk.wanted || walk.wanted(value)) found.add(value);
  } else if (value instanceof Map) for (const [key, item] of value) (stringsIn(key, found, walk), stringsIn(item, found, walk));
  else if (value instanceof Set || Array.isArray(value)) for (const item of value) stringsIn(item, found, walk);
  else if (value && typeof value === 'object') {
    if (walk.memo && walk.remembered?.(value)) {
      let held = walk.memo.get(value);
      if (!held) {
        held = [...entryStrings(value, new Set(), walk)];
        walk.memo.set(value, held);
      }
      for (const text of held) found.add(text);
    } else entryStrings(value, found, walk);
  }
  return found;
}

/** The strings of an object's own keys and values. */
function entryStrings(value: object, found: Set<string>, walk: StringsWalk): Set<string> {
  for (const [key, item] of Object.entries(value)) (stringsIn(key, found, walk), stringsIn(item, found, walk));
  return found;
}
