/**
 * Astro keeps the content data store in chunks, and the built site reads them from disk at run time, one chunk
 * at a time, instead of bundling the store.
 *
 * By default Astro 7 writes the store as one text (`devalue.stringify` of every collection) and hands it to the
 * build as a virtual module, `export default JSON.parse("<the whole store>")`, which Vite bundles into the
 * prerender code. At archive scale that costs, measured at 3,000 articles (68 M characters of store): the bundler
 * takes the whole text in (the build's peak memory, 2.9 GB, was reached while bundling, 0.9 GB above the rest of
 * the build), and Node keeps the module's source text, the string inside it, the parsed array and the store made
 * from it for the whole build. At 10,000 articles the one text (about 190 M characters, two bytes each as
 * Chinese) and devalue's index of every value in it are built again at the end of content sync, which is where
 * that build's memory peaked (4.2 GB, docs/benchmarks.md). And one JavaScript string cannot pass V8's limit of
 * 2^29 − 24 characters: the store stops building near 28,000 articles (docs/scaling.md).
 *
 * So this integration turns on Astro's `experimental.collectionStorage: 'chunked'` (its config:setup hook):
 * Astro writes each entry as a line of its own into files of at most 20 MiB (`<cacheDir>/data-store/`, listed in
 * manifest.json), and Astro's own parser (ImmutableDataStore.manifestToMap) reads them back. In a build, Astro
 * would bundle every chunk as a module holding its text; instead this module's code reads the manifest, hands
 * Astro's parser the chunks one at a time from disk, and keeps only the store (a Map, which
 * ImmutableDataStore.fromModule takes as it is): no text larger than a chunk ever exists. `astro dev` keeps
 * Astro's own modules, which it reloads when content changes.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's resolved id of the data store module (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** Where Astro writes a chunked store for a build (astro/dist/content/paths.js, getDataStoreDir). */
const DATA_STORE_DIR = 'data-store/';
/** The chunked store's list of chunks per collection (astro/dist/content/consts.js, DATA_STORE_MANIFEST_FILE). */
const MANIFEST_FILE = 'manifest.json';

/**
 * Astro's reader of the chunked store. Not among the package's exports, so it is found by path; if a future Astro
 * moves it, the build fails here instead of publishing a site without content.
 */
export function astroDataStoreModule(): string {
  const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
  return pathToFileURL(join(dirname(astroPackage), 'dist/content/data-store.js')).href;
}

/** The module's code: read the chunked store in `storeDir` at run time, a chunk at a time, keep only the Map. */
export function dataStoreModule(storeDir: string, astroModule = astroDataStoreModule()): string {
  return [
    "import { readFileSync } from 'node:fs';",
    "import { join } from 'node:path';",
    `import { ImmutableDataStore } from ${JSON.stringify(astroModule)};`,
    `const storeDir = ${JSON.stringify(storeDir)};`,
    `const manifest = JSON.parse(readFileSync(join(storeDir, ${JSON.stringify(MANIFEST_FILE)}), 'utf8'));`,
    '// Astro\'s parser iterates each collection\'s parts: an iterable that reads a chunk when asked keeps one in memory.',
    'const chunksOf = (files) => ({ *[Symbol.iterator]() { for (const file of files) yield readFileSync(join(storeDir, file), \'utf8\'); } });',
    'export default ImmutableDataStore.manifestToMap(Object.fromEntries(Object.entries(manifest).map(([name, files]) => [name, chunksOf(files)])));',
  ].join('\n');
}

export function dataStoreFromDisk(): AstroIntegration {
  let storeDir = '';
  return {
    name: 'data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ experimental: { collectionStorage: 'chunked' } });
      },
      'astro:config:done': ({ config }) => {
        storeDir = fileURLToPath(new URL(DATA_STORE_DIR, config.cacheDir));
      },
      // Build only (`astro dev` never runs this hook). The plugin goes first: Astro's own plugin also loads the
      // module, importing every chunk's text into the bundle, and the first to answer wins.
      'astro:build:setup': ({ vite }) => {
        const plugin: Plugin = {
          name: 'data-store-from-disk',
          enforce: 'pre',
          load: (id) => (id === DATA_STORE_MODULE ? { code: dataStoreModule(storeDir), map: null } : undefined),
        };
        vite.plugins = [plugin, ...(vite.plugins ?? [])];
      },
    },
  };
}
