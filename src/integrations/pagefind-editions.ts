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
          for (const edition of EDITIONS) {
            const editionDir = join(outDir, edition.id);
            if (!existsSync(editionDir)) continue;
            // `zh` turns on Pagefind's Chinese word segmentation for both scripts.
            const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
            if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
            const files = await htmlFilesUnder(editionDir);
            for (const file of files) {
              const response = await index.addHTMLFile({ url: pageUrl(base, outDir, file), content: await readFile(file, 'utf8') });
              if (response.errors.length > 0) throw new Error(`Pagefind: ${file}: ${response.errors.join('; ')}`);
            }
            const written = await index.writeFiles({ outputPath: join(outDir, searchBundlePath(edition.id).slice(1)) });
            if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
            logger.info(`${edition.id}: read ${files.length} pages, wrote ${searchBundlePath(edition.id)}`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
