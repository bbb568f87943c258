/**
 * `astro dev`: the first content load waits until the dev server has made the app that answers requests.
 *
 * Astro makes that app (its modules fetched through Vite's module runner, each fetch given 60 s) while the content
 * syncs, in the same thread. A sync that renders every article (a first start, or after a change to the pipeline's
 * code) kept that thread so busy that at 1,000 articles on a loaded machine, and at 3,000 on a quiet one, a fetch
 * ran out of its 60 s: Astro printed "Failed to create the dev server app: transport invoke timed out after
 * 60000ms", then "ready", and no request was ever answered. The app takes a few seconds on its own; the sync then
 * has the thread to itself.
 *
 * The integration that sees the dev server (src/integrations/dev-reload.ts) hands over Astro's promise of the app;
 * the content loader waits for it (src/loaders/content-loader.ts), never longer than `patienceMs`. Kept on
 * `globalThis`: the integration and the loader are separate module instances in one process.
 */

const KEY = Symbol.for('news-analysis.dev-server-app');

type Holder = { [KEY]?: () => Promise<unknown> | undefined };

/** The dev server is being made: `ready` gives Astro's promise that its app is made (or has failed). */
export function devServerAppComing(ready: () => Promise<unknown> | undefined): void {
  (globalThis as Holder)[KEY] = ready;
}

/** Resolves once the dev server's app is made or has failed, at once when there is no dev server, or after `patienceMs`. */
export async function devServerAppMade(patienceMs = 120_000): Promise<void> {
  const ready = (globalThis as Holder)[KEY]?.();
  if (!ready) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([ready.catch(() => undefined), new Promise((done) => (timer = setTimeout(done, patienceMs)))]);
  clearTimeout(timer);
}
