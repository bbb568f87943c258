/**
 * `astro dev`: the entries each collection's last load left in Astro's content store, handed to the pages from
 * memory, and a version that changes once per content change.
 *
 * Astro's dev server gives its pages the store by writing the whole of it to disk after every change (500 ms after
 * the last, every rendered article serialised again) and reading it back as modules of up to 20 MiB each: at 1,000
 * articles a save took 3 s to reach the pages that way, before any page was rendered, and it grows with the archive.
 * Instead the content loader publishes here the very entries it stored (src/loaders/content-loader.ts), the dev
 * server's data-store module reads them from here (src/integrations/dev-reload.ts), and once every collection has
 * loaded again the store is committed: the pages see the new entries at once, all collections together, and
 * src/queries/ keep what they made of the archive until the version changes (devMemo). Astro still writes its
 * store to disk, for the next start.
 *
 * Never used by a build, whose pages read the store Astro wrote (src/integrations/data-store/): `liveStoreVersion()`
 * is undefined there. Kept on `globalThis`: the loader, the dev server's plugin and the pages are separate module
 * instances in one process.
 */

/** An entry as Astro's store holds it; the pages read it through `astro:content`. */
export type StoredEntry = unknown;

interface LiveStore {
  /** Each collection's entries as its last load left them. */
  loaded: Map<string, ReadonlyMap<string, StoredEntry>>;
  /** What the pages read: `loaded` as it stood at the last commit. */
  committed?: ReadonlyMap<string, ReadonlyMap<string, StoredEntry>>;
  version: number;
}

const KEY = Symbol.for('news-analysis.live-store');

function liveStore(): LiveStore {
  const holder = globalThis as { [KEY]?: LiveStore };
  holder[KEY] ??= { loaded: new Map(), version: 0 };
  return holder[KEY];
}

/** A collection has loaded: its entries, by id (the objects of Astro's store, not copies). */
export function publishCollection(collection: string, entries: Iterable<readonly [string, StoredEntry]>): void {
  liveStore().loaded.set(collection, new Map(entries));
}

/** Every collection has loaded (after a change, or at start): the pages read what they left, from now on. */
export function commitLiveStore(): void {
  const store = liveStore();
  store.committed = new Map(store.loaded);
  store.version += 1;
}

/** The collections as last committed, in the shape Astro's data-store module exports; undefined before any. */
export function committedCollections(): ReadonlyMap<string, ReadonlyMap<string, StoredEntry>> | undefined {
  return liveStore().committed;
}

/** Changes with every commit; undefined when nothing was ever committed (a build). */
export function liveStoreVersion(): number | undefined {
  const store = liveStore();
  return store.committed ? store.version : undefined;
}

/**
 * Whether this is `astro dev` with the content loader watching: the live store has been committed. Not
 * `import.meta.env.DEV`, which a build run with NODE_ENV=test (the build tests) also sets.
 */
export function servingLiveStore(): boolean {
  return liveStoreVersion() !== undefined;
}

/**
 * `make()`'s result, made again only when the live store's version has changed since (`astro dev`); in a build,
 * made once. A result begun before a commit is never kept for the versions after it.
 */
export function devMemo<T>(make: () => Promise<T>): () => Promise<T> {
  let kept: { version: number | undefined; value: Promise<T> } | undefined;
  return () => {
    const version = liveStoreVersion();
    if (kept && kept.version === version) return kept.value;
    const value = make();
    kept = { version, value };
    // A failure is not kept: the next caller tries again.
    value.catch(() => {
      if (kept?.value === value) kept = undefined;
    });
    return value;
  };
}
