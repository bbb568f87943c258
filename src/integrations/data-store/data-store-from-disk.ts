/**
 * The built site reads Astro's content data store from disk at run time, instead of bundling it.
 *
 * Astro 7 hands the store to the build as a virtual module, `export default JSON.parse("<the whole store>")`,
 * which Vite bundles into the prerender code. At archive scale that costs, measured at 3,000 articles (68 M
 * characters of store): the bundler takes the whole text in (the build's peak memory, 2.9 GB, is reached while
 * bundling, 0.9 GB above the rest of the build), and Node keeps the module's source text, the string inside it,
 * the parsed array and the store made from it for the whole build. One JavaScript string also cannot pass V8's
 * limit of 2^29 − 24 characters: at about 25,500 characters an article the module stops building near 21,000
 * articles, and Astro then reports the collection as empty (withastro/astro#13360).
 *
 * For the build only, the module's code is a few lines that read `<cacheDir>/data-store.json` when the
 * site first asks for content and keep only the store (a Map, which Astro's ImmutableDataStore.fromModule takes
 * as it is). `astro dev` keeps Astro's own module, which it reloads when content changes.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's resolved id of the data store module (astro/dist/content/consts.js, RESOLVED_DATA_STORE_VIRTUAL_ID). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** Where Astro writes the store for a build (astro/dist/content/paths.js, getDataStoreFile). */
const DATA_STORE_FILE = 'data-store.json';

/** The module's code: read the store from disk at run time, keep only the unflattened Map. */
export function dataStoreModule(storeFile: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    "import { unflatten } from 'devalue';",
    `export default unflatten(JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8')));`,
  ].join('\n');
}

export function dataStoreFromDisk(): AstroIntegration {
  let storeFile = '';
  return {
    name: 'data-store-from-disk',
    hooks: {
      'astro:config:done': ({ config }) => {
        storeFile = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
      },
      // Build only (`astro dev` never runs this hook). The plugin goes first: Astro's own plugin also loads the
      // module, reading the whole store into its code, and the first to answer wins.
      'astro:build:setup': ({ vite }) => {
        const plugin: Plugin = {
          name: 'data-store-from-disk',
          enforce: 'pre',
          load: (id) => (id === DATA_STORE_MODULE ? { code: dataStoreModule(storeFile), map: null } : undefined),
        };
        vite.plugins = [plugin, ...(vite.plugins ?? [])];
      },
    },
  };
}
