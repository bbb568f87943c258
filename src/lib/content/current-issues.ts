/**
 * The content problems the loaders found, per collection, so that every problem of every collection is reported
 * together: the one path every content problem takes to the editor (src/loaders/content-loader.ts puts them here).
 *
 * - in a build, Astro loads the collections side by side and stops at the first loader that fails; so a loader
 *   with problems leaves them here, and the last of the site's collections to finish fails with all of them,
 *   sorted. Which collections there are is declared when the content config is read (`expectCollection`): a
 *   collection that loads quickly can finish before another has even started;
 * - in `astro dev`, they stay here until a reload finds the files fixed, and the middleware answers every
 *   request with them (terminal and error overlay) instead of serving a stale page as if nothing were wrong.
 *
 * Kept on `globalThis`: Astro's dev server loads the content config and the middleware as separate module
 * instances, in one process.
 */
import { commitLiveStore } from './live-store';
import type { ContentIssue } from './locate-issues';

const KEY = Symbol.for('news-analysis.content-issues');

interface Registry {
  issues: Map<string, readonly ContentIssue[]>;
  /** Told after every reload in `astro dev` (src/integrations/dev-reload.ts reloads the open tabs). */
  reloaded: Set<() => void>;
  /** Collections loading again in `astro dev` after a change. */
  reloading: Set<string>;
  /** Requests waiting for the collections loading again (contentSettled). */
  settling: Set<() => void>;
  /** The site's collections, as the content config declares them. */
  expected: Set<string>;
  /** Collections whose build load has finished. */
  finished: Set<string>;
}

function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  holder[KEY] ??= { issues: new Map(), reloaded: new Set(), reloading: new Set(), settling: new Set(), expected: new Set(), finished: new Set() };
  return holder[KEY];
}

/** The content config declares a collection: a build's load is whole once it has finished too. */
export function expectCollection(collection: string): void {
  registry().expected.add(collection);
}

export function setCollectionIssues(collection: string, issues: readonly ContentIssue[]): void {
  if (issues.length === 0) registry().issues.delete(collection);
  else registry().issues.set(collection, issues);
}

/**
 * `astro dev`: a file changed and `collection` is loading again. Whoever listens (the dev server's reload) learns
 * it once every collection that started again has finished (reloadFinished), with problems or without, so an
 * open tab shows the problem, or the fixed page, without a refresh: never while one collection still holds the
 * old state (the actor files load faster than the articles, and a tab reloaded then would show the old problem).
 */
export function reloadStarted(collection: string): void {
  registry().reloading.add(collection);
}

export function reloadFinished(collection: string): void {
  const { reloading, reloaded, settling } = registry();
  reloading.delete(collection);
  if (reloading.size > 0) return;
  // The pages read what every collection has now loaded (src/lib/content/live-store.ts), before any waiting
  // request goes on.
  commitLiveStore();
  for (const settled of settling) settled();
  settling.clear();
  for (const listener of reloaded) listener();
}

/**
 * `astro dev`: resolves once no collection is loading again (at once when none is, and always in a build), or
 * after `patienceMs` whatever the loaders do. The middleware waits for it before it answers, so a request made
 * during a reload gets the content as the reload leaves it, never the state before the save: Astro itself reloads
 * a tab that showed an error as soon as any file changes, before the loaders have read it, and that tab used to
 * get the old problem again while the reload that fixed it went out to a tab not yet connected.
 */
export function contentSettled(patienceMs = 15_000): Promise<void> {
  const { reloading, settling } = registry();
  if (reloading.size === 0) return Promise.resolve();
  return new Promise((settled) => {
    const done = () => {
      clearTimeout(timer);
      settling.delete(done);
      settled();
    };
    const timer = setTimeout(done, patienceMs);
    settling.add(done);
  });
}

/** Listens for the end of every reload (reloadFinished); returns how to stop. */
export function onContentReloaded(listener: () => void): () => void {
  registry().reloaded.add(listener);
  return () => registry().reloaded.delete(listener);
}

/** Every collection's problems, in a stable order. */
export function currentContentIssues(): ContentIssue[] {
  return [...registry().issues]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, issues]) => issues)
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** A build's loader begins. */
export function loadStarted(collection: string): void {
  registry().expected.add(collection);
  registry().finished.delete(collection);
}

/**
 * A build's loader is done with `issues`: returns every collection's problems when it is the last of the site's
 * collections to finish (the one to fail the build with them), or none while others have still to load.
 */
export function loadFinished(collection: string, issues: readonly ContentIssue[]): ContentIssue[] {
  const { expected, finished } = registry();
  setCollectionIssues(collection, issues);
  finished.add(collection);
  return [...expected].every((name) => finished.has(name)) ? currentContentIssues() : [];
}
