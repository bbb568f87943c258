/**
 * Converts JSON data (endpoints such as `annotations.json`, JSON-LD in pages) to the Simplified edition: string
 * values are text unless kept-as-written.ts keeps them (identifiers, addresses, original names). Object keys are
 * never converted: they are identifiers (actor ids, field names).
 */
import type { SimplifiedConverter } from './converter';
import { isAddress, isKeptKey } from './kept-as-written';

export function convertJsonValue(value: unknown, converter: SimplifiedConverter, key?: string): unknown {
  if (typeof value === 'string') {
    if ((key !== undefined && isKeptKey(key)) || isAddress(value)) return value;
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
