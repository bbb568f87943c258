// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { PROJECT_ROOT } from './scripts/lib/project-root.mjs';
import { sourceDigest } from './scripts/lib/source-digest.mjs';
import { dataStoreFromDisk } from './src/integrations/data-store/data-store-from-disk.ts';
import { devReload } from './src/integrations/dev-reload.ts';
import { editionNotFoundPages } from './src/integrations/edition-not-found.ts';
import { linkedFragments } from './src/integrations/linked-fragments.ts';
import { newsroomPreview } from './src/integrations/newsroom-preview.ts';
import { pagefindEditions } from './src/integrations/pagefind-editions.ts';
import { siteAddress } from './src/inputs/site-address.ts';
import { markdownOptions } from './src/plugins/markdown-pipeline.ts';

// https://docs.astro.build/en/reference/configuration-reference/
// SITE_URL, else https://news.example.org; serve from a sub-path (e.g. GitHub Pages project sites):
// BASE_PATH=/news/ npm run build. Read in src/inputs/site-address.ts, where the link check reads them too.
const { site, base } = siteAddress();

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
  experimental: {
    // A page whose cacheKey (src/queries/page-keys.ts: the digest of what it shows) and route code are unchanged
    // since the last build is copied from Astro's cache instead of being rendered again; `--force` renders all.
    incrementalBuild: true,
  },
  // Never inline scripts or assets into the HTML: a strict Content-Security-Policy (no 'unsafe-inline', no data:)
  // then needs no hashes, and hashed files under /_astro/ cache for a year.
  // Browser scripts are named by their hash alone (`/_astro/Bx7k2Q.js`, not after the component that holds them):
  // every page names its scripts, and the article page's budget counts those bytes.
  vite: {
    build: { assetsInlineLimit: 0 },
    // Part of the config hash Astro keeps with its incremental cache: code outside the routes' module graphs (the
    // middleware, the loader, the Markdown pipeline) changed, so every page is rendered again (the module says why).
    define: { __SITE_SOURCE_DIGEST__: JSON.stringify(sourceDigest(PROJECT_ROOT)) },
    environments: { client: { build: { rollupOptions: { output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js' } } } } },
    // Modules built on their own by `?worker&url` (the mark card, src/scripts/mark-cards.ts) are ES modules.
    worker: { format: 'es' },
  },
  integrations: [
    // `astro dev` shows drafts and embargoed articles, marked; a build never publishes them.
    newsroomPreview(),
    // `astro dev`: open tabs reload when content changes; a build beside it is not watched.
    devReload(),
    // The sitemap is written by routes of its own, in parts by year (src/pages/sitemap-[part].xml.ts), so that
    // the incremental build rewrites only the part a change touches.
    // Each edition's 404 page where hosts look for it (<edition>/404.html), before the search index reads the site.
    editionNotFoundPages(),
    // Links' fragments on pages that are not articles, against the ids of those pages as written; before the
    // search index is built, so a dead one fails the build at once.
    linkedFragments(),
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
