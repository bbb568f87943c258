/**
 * Converts JSON data (endpoints such as `annotations.json`, JSON-LD in pages) to the Simplified edition: string
 * values are text unless kept-as-written.ts keeps them (identifiers, addresses, original names). Object keys are
 * never converted: they are identifiers (actor ids, field names). An object with a `slug` holds that article's
 * words (article-words.ts) and is converted, with everything inside it, by that article's converter.
 */
import { ARTICLE_WORDS_KEY, NO_ARTICLE_CONVERTERS, type ArticleConverters } from './article-words';
import type { SimplifiedConverter } from './converter';
import { isAddress, isKeptKey } from './kept-as-written';

export function convertJsonValue(value: unknown, converter: SimplifiedConverter, articles: ArticleConverters = NO_ARTICLE_CONVERTERS): unknown {
  const convert = (item: unknown, current: SimplifiedConverter, key?: string): unknown => {
    if (typeof item === 'string') {
      if ((key !== undefined && isKeptKey(key)) || isAddress(item)) return item;
      return current.convert(item);
    }
    if (Array.isArray(item)) return item.map((element) => convert(element, current, key));
    if (item !== null && typeof item === 'object') {
      const slug = (item as Record<string, unknown>)[ARTICLE_WORDS_KEY];
      const own = (typeof slug === 'string' && articles.forSlug(slug)) || current;
      return Object.fromEntries(Object.entries(item).map(([entryKey, entryValue]) => [entryKey, convert(entryValue, own, entryKey)]));
    }
    return item;
  };
  return convert(value, converter);
}

/** JSON text in, JSON text out, keeping the indentation the source used (none, or two spaces). */
export function convertJsonText(json: string, converter: SimplifiedConverter, articles: ArticleConverters = NO_ARTICLE_CONVERTERS): string {
  const converted = convertJsonValue(JSON.parse(json), converter, articles);
  const indented = /^[[{]\s*\n(\s+)/.exec(json);
  return JSON.stringify(converted, null, indented?.[1]?.length ?? 0);
}
