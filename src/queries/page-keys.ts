/**
 * Each page's `cacheKey` for Astro's incremental build (`experimental.incrementalBuild`, astro.config.mjs): the
 * digest of exactly what the page shows, so a page is rendered again when, and only when, that changed. Astro
 * adds on its own the hash of the route's code (its module graph); the code it cannot see (the middleware, the
 * Markdown pipeline) is digested into the config (scripts/lib/source-digest.mjs), which renders every page again.
 *
 * What a route passes as `shown` must be everything its page prints from data: the entry, the slice of a list, the
 * lead, the neighbours. On top of it, for a Simplified page, what the middleware converts it with: the site's
 * overrides (conversion.yaml) and the own map of every article whose slug the page's data names (its words are
 * converted with that map wherever a page shows them: src/lib/editions/conversion/article-words.ts).
 */
import type { Edition } from '../lib/editions/editions';
import { SOURCE_EDITION } from '../lib/editions/editions';
import { digestOf, stringsIn } from '../lib/incremental/digest';
import { servingLiveStore } from '../lib/content/live-store';
import { siteInputs } from '../inputs/site-inputs';
import { articleConversionMaps, type ArticleEntry } from './articles';

/**
 * Objects shown by many pages each: an article entry as shown (entryShown), by its page, its open data and its
 * highlights in both editions, and the site's conversion table, by every Simplified page. Each is serialised and
 * digested once a build and stands in every key that holds it as its digest, and the article slugs it names (for
 * the conversion, below) are found once. They are never changed during a build (`astro dev`, whose store changes,
 * makes no keys).
 */
const sharedObjects = new WeakSet<object>();
const partDigests = new WeakMap<object, string>();
const slugsNamedBy = new WeakMap<object, readonly string[]>();

const isShared = (value: object): boolean => sharedObjects.has(value);

function digestOfPart(part: object): string | undefined {
  if (!isShared(part)) return undefined;
  let digest = partDigests.get(part);
  if (digest === undefined) {
    digest = `\u0000(shown)${digestOf(part, digestOfPart)}`;
    partDigests.set(part, digest);
  }
  return digest;
}

/** The conversion a Simplified page goes through, as far as its data decides it. */
async function conversionOf(shown: unknown): Promise<unknown> {
  const maps = await articleConversionMaps();
  const named = maps.size === 0 ? new Set<string>() : stringsIn(shown, new Set(), { wanted: (text) => maps.has(text), remembered: isShared, memo: slugsNamedBy });
  const site = siteInputs().conversion;
  if (site && typeof site === 'object') sharedObjects.add(site);
  return { site, articles: [...maps].filter(([slug]) => named.has(slug)) };
}

/** The cache key of a page of `edition` showing `shown`. */
export async function pageCacheKey(edition: Pick<Edition, 'id'>, shown: unknown): Promise<string> {
  const conversion = edition.id === SOURCE_EDITION.id ? null : await conversionOf(shown);
  return digestOf({ edition: edition.id, shown, conversion }, digestOfPart);
}

/**
 * An article entry as its pages show it: its data, text and rendering. Not the loader's `digest`, which also
 * covers what the rendering depended on (every actor file, the pipeline's code): an entry rendered again to the
 * same result keeps its pages.
 */
export function entryShown(entry: ArticleEntry): unknown {
  let shown = entriesShown.get(entry);
  if (!shown) {
    const { digest: _digest, ...rest } = entry as ArticleEntry & { digest?: string };
    shown = rest;
    entriesShown.set(entry, shown);
    sharedObjects.add(shown);
  }
  return shown;
}

/** Each entry as shown, made once: the same object wherever it is shown, so its digest is made once too. */
const entriesShown = new WeakMap<ArticleEntry, object>();

/** Of a map from ids to names, those of the ids `shown` names: what a page shows of a map shared by every page. */
export function namesShown(names: ReadonlyMap<string, string>, shown: unknown): [string, string][] {
  return [...stringsIn(shown)]
    .filter((id) => names.has(id))
    .sort()
    .map((id) => [id, names.get(id)!]);
}

/**
 * `getStaticPaths` entries with their `cacheKey`: `shownOf` picks what each page shows (all its props by default).
 * `astro dev` keeps no pages to copy, and runs `getStaticPaths` again after every save: it gets the paths alone,
 * not a digest of everything each of thousands of pages shows.
 */
export async function withCacheKeys<Path extends { props: { edition: Pick<Edition, 'id'> } }>(
  paths: readonly Path[],
  shownOf: (path: Path) => unknown = (path) => path.props,
): Promise<(Path & { cacheKey?: string })[]> {
  if (servingLiveStore()) return [...paths];
  return Promise.all(
    paths.map(async (path) => ({ ...path, cacheKey: await pageCacheKey(path.props.edition, shownOf(path)) })),
  );
}
