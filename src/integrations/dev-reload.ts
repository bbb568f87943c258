/**
 * `astro dev`: once the content loader has read a changed file again (src/loaders/content-loader.ts), the pages
 * read the new entries from memory at once, and every open tab shows the problems in its error overlay, or, once
 * there are none, reloads: a problem just saved shows in the open tab, and its fix brings the page back, with no
 * manual refresh. Astro reloads pages that import a changed module, but a content file is no module of the page:
 * without this the overlay showed the old problem (or the old page) until the editor refreshed.
 *
 * The pages' store comes from memory (src/lib/content/live-store.ts): Astro's data-store module, in the dev
 * server, exports the entries the loader left instead of reading back the store Astro writes to disk, and it is
 * loaded again, with the route cache cleared, as soon as every collection has loaded, not after Astro's write
 * (500 ms after the last change, and seconds more for a large archive). Astro's own reload after its write still
 * comes, and finds the same entries.
 *
 * Also keeps the dev server's watcher off what a build writes beside it (`npm run build` into dist/ and its
 * staging folders): those files are no source of the site, and watching them printed a line for each.
 */
import type { AstroIntegration } from 'astro';
import { isRunnableDevEnvironment, type Plugin, type ViteDevServer } from 'vite';
import { currentContentIssues, onContentReloaded } from '../lib/content/current-issues';
import { devServerAppComing } from '../lib/content/dev-server-app';
import { committedCollections } from '../lib/content/live-store';
import { formatIssues } from '../lib/content/locate-issues';

/** What `npm run build` (scripts/build.mjs) writes: the site, its staging, previous and replaced folders, its lock. */
export const BUILD_OUTPUT_GLOBS = ['**/dist/**', '**/*.build-tmp/**', '**/*.previous-tmp/**', '**/*.replaced-tmp/**', '**/.build.lock'];

/** Astro's resolved id of the data store module (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The dev server's environments that render pages (astro/dist/core/constants.js, ASTRO_VITE_ENVIRONMENT_NAMES). */
const PAGE_ENVIRONMENTS = ['ssr', 'prerender'];
/** Where Astro keeps its promise of the dev server's app on the Vite server (astro/dist/core/constants.js). */
const DEV_SERVER_APP_READY = Symbol.for('astro.devServerAppReady');
/** Where the committed entries are found at run time (src/lib/content/live-store.ts keeps them there). */
const LIVE_STORE = "globalThis[Symbol.for('news-analysis.live-store')]";

/**
 * The data-store module as the dev server runs it: the entries committed in memory, as a Map of collections, which
 * Astro's runtime takes as it is (ImmutableDataStore.fromModule). Until the loader has committed anything, Astro's
 * own module stands.
 */
export function liveDataStorePlugin(): Plugin {
  return {
    name: 'live-data-store',
    transform(_code, id) {
      if (id !== DATA_STORE_MODULE || committedCollections() === undefined) return undefined;
      return { code: `export default ${LIVE_STORE}.committed;`, map: null };
    },
  };
}

/**
 * What Astro does once its store is written (astro/dist/content/vite-plugin-content-virtual-mod.js,
 * invalidateDataStore): the data-store module loaded again by the pages' environments, and their route caches
 * cleared (`astro:content-changed`), so `getStaticPaths` runs on the new entries.
 */
function reloadDataStore(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const name of PAGE_ENVIRONMENTS) {
    const environment = server.environments[name];
    if (!environment) continue;
    const module = environment.moduleGraph.getModuleById(DATA_STORE_MODULE);
    if (module) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
    if (isRunnableDevEnvironment(environment)) {
      const evaluated = environment.runner.evaluatedModules.getModuleById(DATA_STORE_MODULE);
      if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
    }
    environment.hot.send('astro:content-changed', {});
  }
}

/** How long `astro dev` lets its store's write wait after the last change to the content. */
const DEV_STORE_WRITE_AFTER_MS = 10_000;

export function devReload(): AstroIntegration {
  return {
    name: 'dev-reload',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({ vite: { plugins: [liveDataStorePlugin()], server: { watch: { ignored: BUILD_OUTPUT_GLOBS } } } });
        // The pages read the store from memory; the copy on disk is only for the next start. Writing it serialises
        // every rendered article on the one thread that renders the page the editor waits for (2-3 s at 3,000
        // articles), and Astro starts it 500 ms after a change: so the write waits for a pause in the saving
        // (patches/README.md). A server stopped before then leaves the last copy, and the next start reads the
        // changed files again, as after any change made while it was stopped.
        process.env.ASTRO_DATA_STORE_SAVE_DEBOUNCE_MS ??= String(DEV_STORE_WRITE_AFTER_MS);
      },
      'astro:server:setup': ({ server }) => {
        // Astro's promise that the app answering requests is made (astro/dist/core/constants.js,
        // devServerAppReadySymbol): the first content load waits for it (src/lib/content/dev-server-app.ts).
        devServerAppComing(() => (server as unknown as Record<symbol, Promise<unknown> | undefined>)[DEV_SERVER_APP_READY]);
        const stop = onContentReloaded(() => {
          // Synchronously, before the requests that waited for the reload go on (contentSettled).
          reloadDataStore(server);
          const issues = currentContentIssues();
          // A problem goes to the tab's error overlay as it stands (the page is not asked for again while the content
          // is broken: a tab reloading into the error page kept the next reload from being seen); once the
          // content is fixed, the tab reloads into the page.
          if (issues.length > 0) server.ws.send({ type: 'error', err: { message: formatIssues(issues), stack: '' } });
          else server.ws.send({ type: 'full-reload', path: '*' });
        });
        server.httpServer?.once('close', stop);
      },
    },
  };
}
