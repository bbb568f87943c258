// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { dataStoreFromDisk } from './src/integrations/data-store/data-store-from-disk.ts';
import { devReload } from './src/integrations/dev-reload.ts';
import { editionNotFoundPages } from './src/integrations/edition-not-found.ts';
import { newsroomPreview } from './src/integrations/newsroom-preview.ts';
import { pagefindEditions } from './src/integrations/pagefind-editions.ts';
import { EDITIONS, SOURCE_EDITION } from './src/lib/editions/editions.ts';
import { markdownOptions } from './src/plugins/markdown-pipeline.ts';

// https://docs.astro.build/en/reference/configuration-reference/
const site = process.env.SITE_URL ?? 'https://news.example.org';
// Serve from a sub-path (e.g. GitHub Pages project sites): BASE_PATH=/news/ npm run build.
const base = process.env.BASE_PATH ?? '/';
/** `/` only forwards to an edition, and an edition's 404 page has no address: no page a search engine should list. */
const rootPage = new URL(base, site).href;
const notFoundPages = EDITIONS.map((edition) => new URL(`${edition.id}/404/`, rootPage).href);

export default defineConfig({
  // The public address, for canonical links, feeds and the sitemap. Operators set SITE_URL when they deploy.
  site,
  base,
  // Every page is a folder with index.html, so any static host serves /zh-hant/articles/<slug>/ as it is.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets stay files (never inlined) so a strict Content-Security-Policy needs no style hashes.
    inlineStylesheets: 'never',
  },
  // Tests and the bench build fixture sites into folders of their own, with caches of their own.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  // Never inline scripts or assets into the HTML: a strict Content-Security-Policy (no 'unsafe-inline', no data:)
  // then needs no hashes, and hashed files under /_astro/ cache for a year.
  // Browser scripts are named by their hash alone (`/_astro/Bx7k2Q.js`, not after the component that holds them):
  // every page names its scripts, and the article page's budget counts those bytes.
  vite: {
    build: { assetsInlineLimit: 0 },
    environments: { client: { build: { rollupOptions: { output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js' } } } } },
    // Modules built on their own by `?worker&url` (the mark card, src/scripts/mark-cards.ts) are ES modules.
    worker: { format: 'es' },
  },
  integrations: [
    // `astro dev` shows drafts and embargoed articles, marked; a build never publishes them.
    newsroomPreview(),
    // `astro dev`: open tabs reload when content changes; a build beside it is not watched.
    devReload(),
    // sitemap-index.xml; each page lists its other edition as an hreflang alternate (/zh-hant/x ↔ /zh-hans/x).
    // 404.html is left out by the integration itself.
    sitemap({
      filter: (page) => page !== rootPage && !notFoundPages.includes(page),
      i18n: {
        defaultLocale: SOURCE_EDITION.id,
        locales: Object.fromEntries(EDITIONS.map((edition) => [edition.id, edition.lang])),
      },
    }),
    // Each edition's 404 page where hosts look for it (<edition>/404.html), before the search index reads the site.
    editionNotFoundPages(),
    // One search index per edition, built from the finished pages.
    pagefindEditions(),
    // The built site reads the content store from disk rather than bundling it (memory; see the module).
    dataStoreFromDisk(),
  ],
  markdown: {
    // Astro 7's default (native) engine does not run remark plugins, so articles go through unified.
    processor: unified(markdownOptions),
    // No syntax highlighting: Shiki colours code with inline `style` attributes, which the site's own
    // Content-Security-Policy (`style-src 'self'`) blocks. News articles show code rarely; it reads as plain
    // monospace text, styled by base.css.
    syntaxHighlight: false,
  },
});
