/**
 * Converts JSON data (endpoints such as `annotations.json`, JSON-LD in pages) to the Simplified edition: string
 * values are text unless their key names an identifier or the value is an address. Object keys are never
 * converted: they are identifiers (actor ids, field names).
 */
import type { SimplifiedConverter } from './converter';

/** Keys whose values identify or locate something and must be equal in both editions. */
const IDENTIFIER_KEYS = new Set([
  'id', 'ref', 'by', 'via', 'slug', 'key', 'kind', 'type', 'edition', 'lang', 'inLanguage', 'href', 'url',
  'src', 'path', 'original', 'date', 'updated', 'datePublished', 'dateModified', 'value', '@id', '@type', '@context',
]);

/** camelCase or snake_case names ending in Id/Url/Href/Path (`actorId`, `image_url`) are identifiers too. */
const IDENTIFIER_SUFFIX = /(?:Id|Ids|Url|Href|Path|_id|_url)$/;

/** Addresses and fragments: `https://…`, `/zh-hans/…`, `#q-3`, `mailto:…`. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;

export function isIdentifierKey(key: string): boolean {
  return IDENTIFIER_KEYS.has(key) || IDENTIFIER_SUFFIX.test(key);
}

export function convertJsonValue(value: unknown, converter: SimplifiedConverter, key?: string): unknown {
  if (typeof value === 'string') {
    if ((key !== undefined && isIdentifierKey(key)) || ADDRESS.test(value)) return value;
    return converter.convert(value);
  }
  if (Array.isArray(value)) return value.map((item) => convertJsonValue(item, converter, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([entryKey, entryValue]) => [entryKey, convertJsonValue(entryValue, converter, entryKey)]),
    );
  }
  return value;
}

/** JSON text in, JSON text out, keeping the indentation the source used (none, or two spaces). */
export function convertJsonText(json: string, converter: SimplifiedConverter): string {
  const converted = convertJsonValue(JSON.parse(json), converter);
  const indented = /^[[{]\s*\n(\s+)/.exec(json);
  return JSON.stringify(converted, null, indented?.[1]?.length ?? 0);
}
