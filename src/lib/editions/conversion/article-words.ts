/**
 * Where a page shows one article's words, and so converts them with that article's own `conversion` map (over the
 * site's), whatever page it is: a list card on the home, topic or month page, a row or a quote on an actor page, an
 * item of the feed, a search record. The article page and its annotations.json need nothing: the route's article
 * already gives the whole response its map (src/middleware.ts).
 *
 * One marker, read by each format's converter, in the neighbourhood of what is never converted
 * (kept-as-written.ts):
 *
 * - HTML (html-tree.ts): an element carrying `data-slug="<slug>"` holds that article's words, and so does everything
 *   inside it. Components put it on with `{...articleWords(slug)}`;
 * - JSON (json.ts): an object with a string `slug` holds that article's words (annotations.json, search records);
 * - feeds (xml.ts): an `<item>` or `<entry>` holds the words of the article its `<link>` addresses.
 */
import type { SimplifiedConverter } from './converter';

/** The HTML attribute naming the article whose words an element holds, and its name in a hast tree. */
export const ARTICLE_WORDS_ATTRIBUTE = { html: 'data-slug', hast: 'dataSlug' } as const;

/** The JSON key naming the article whose words an object holds. */
export const ARTICLE_WORDS_KEY = 'slug';

/** The attribute to spread on an element that shows the words of the article `slug`. */
export function articleWords(slug: string): { [ARTICLE_WORDS_ATTRIBUTE.html]: string } {
  return { [ARTICLE_WORDS_ATTRIBUTE.html]: slug };
}

/** The converters of the articles a page may show: how the middleware hands the articles' maps to the converters. */
export interface ArticleConverters {
  /** The converter for the words of article `slug`; undefined when they convert as the page does (no map of its own). */
  forSlug(slug: string): SimplifiedConverter | undefined;
  /** The converter for the words of the article at `address` (a feed item's link), if it has a map of its own. */
  forAddress(address: string): SimplifiedConverter | undefined;
}

/** No article has a map of its own: every word converts as the page does. */
export const NO_ARTICLE_CONVERTERS: ArticleConverters = { forSlug: () => undefined, forAddress: () => undefined };

/**
 * The converters for every article with its own map. `pathOf` is the address of an article's page in the edition
 * being converted (base path included); a feed's absolute link matches it by its path.
 */
export function articleConverters(
  maps: ReadonlyMap<string, Readonly<Record<string, string>>>,
  converterFor: (articleMap: Readonly<Record<string, string>>) => SimplifiedConverter,
  pathOf: (slug: string) => string,
): ArticleConverters {
  if (maps.size === 0) return NO_ARTICLE_CONVERTERS;
  const slugsByPath = new Map([...maps.keys()].map((slug) => [pathOf(slug), slug]));
  const forSlug = (slug: string) => {
    const map = maps.get(slug);
    return map ? converterFor(map) : undefined;
  };
  return {
    forSlug,
    forAddress: (address) => {
      const slug = slugsByPath.get(pathOfAddress(address));
      return slug === undefined ? undefined : forSlug(slug);
    },
  };
}

function pathOfAddress(address: string): string {
  try {
    return new URL(address, 'http://relative.invalid').pathname;
  } catch {
    return address;
  }
}
