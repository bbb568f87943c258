/**
 * Each edition's 404 page is a route (`src/pages/[edition]/404.astro`), which Astro writes as
 * `<edition>/404/index.html` like any page; hosts look for `<edition>/404.html`. Moved there once the site is
 * written, before anything else reads the output (the sitemap leaves the route out; Pagefind indexes articles only).
 */
import { rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EDITIONS } from '../lib/editions/editions';

export function editionNotFoundPages(): AstroIntegration {
  return {
    name: 'edition-not-found',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const edition of EDITIONS) {
          const written = `${outDir}/${edition.id}/404/index.html`;
          if (!existsSync(written)) continue;
          await rename(written, `${outDir}/${edition.id}/404.html`);
          await rm(`${outDir}/${edition.id}/404`, { recursive: true });
        }
      },
    },
  };
}
