/**
 * Builds one Pagefind search index per edition after Astro has written the site.
 *
 * Pagefind would split one index by `<html lang>`, but zh-Hant and zh-Hans are both Chinese to it; one bundle per
 * edition (`/pagefind/<edition>/`) makes the guarantee plain: a Simplified query searches Simplified pages only,
 * a Traditional query Traditional pages only. Only elements marked `data-pagefind-body` (the article) are indexed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { EDITIONS } from '../lib/editions/editions';
import { searchBundlePath, withBase } from '../lib/paths';

async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The pages Pagefind would index: once any page has `data-pagefind-body`, Pagefind skips every page without it, so
 * those are not sent at all (actor pages, which list every article, are most of the HTML of a large site).
 * With no such page anywhere, every page is sent, as Pagefind would then index them all.
 */
async function searchablePages(files: readonly string[]): Promise<{ file: string; content: string }[]> {
  const withBody: { file: string; content: string }[] = [];
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    if (content.includes('data-pagefind-body')) withBody.push({ file, content });
  }
  if (withBody.length > 0) return withBody;
  return Promise.all(files.map(async (file) => ({ file, content: await readFile(file, 'utf8') })));
}

/** `zh-hant/articles/x/index.html` → `<base>/zh-hant/articles/x/` */
function pageUrl(base: string, outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join('/').replace(/index\.html$/, '');
  return withBase(base, `/${path}`);
}

export function pagefindEditions(): AstroIntegration {
  let base = '/';
  return {
    name: 'pagefind-editions',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          // The editions are independent indexes: Pagefind builds them side by side.
          await Promise.all(
            EDITIONS.map(async (edition) => {
              const editionDir = join(outDir, edition.id);
              if (!existsSync(editionDir)) return;
              // `zh` turns on Pagefind's Chinese word segmentation for both scripts.
              const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
              if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
              const pages = await searchablePages(await htmlFilesUnder(editionDir));
              for (const { file, content } of pages) {
                const response = await index.addHTMLFile({ url: pageUrl(base, outDir, file), content });
                if (response.errors.length > 0) throw new Error(`Pagefind: ${file}: ${response.errors.join('; ')}`);
              }
              const written = await index.writeFiles({ outputPath: join(outDir, searchBundlePath(edition.id).slice(1)) });
              if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
              logger.info(`${edition.id}: read ${pages.length} pages, wrote ${searchBundlePath(edition.id)}`);
            }),
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
