/**
 * Builds one Pagefind search index per edition after Astro has written the site.
 *
 * Pagefind would split one index by `<html lang>`, but zh-Hant and zh-Hans are both Chinese to it; one bundle per
 * edition (`/pagefind/<edition>/`) makes the guarantee plain: a Simplified query searches Simplified pages only,
 * a Traditional query Traditional pages only. Only elements marked `data-pagefind-body` (the article) are indexed.
 * A large edition is indexed in parts (see PAGES_PER_INDEX); `parts.json` in the bundle lists the others.
 * Each article is indexed as src/lib/search/search-document.ts makes it (every Han character a word; title, date and
 * topics as metadata, filters and sort key), and each bundle gets the table that turns a query typed in the other
 * script into its own (`query-script.json`, src/lib/search/query-script-table.ts), counted from the same pages.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentFolder } from '../inputs/content-folder';
import { readSiteOverrides } from '../inputs/conversion-file';
import { EDITIONS, SOURCE_EDITION, type Edition } from '../lib/editions/editions';
import { openccTraditionalToSimplified } from '../lib/editions/conversion/opencc';
import { OverrideMatcher } from '../lib/editions/conversion/overrides';
import { mainlandVocabulary } from '../lib/editions/conversion/vocabulary';
import { SEARCH_PART_PREFIX, SEARCH_PARTS_FILE, SEARCH_QUERY_SCRIPT_FILE, searchBundlePath, withBase } from '../lib/paths';
import { EditionsTextCounter, simplifiedQueryTable, traditionalQueryTable, type CharacterConverter } from '../lib/search/query-script-table';
import { articleDate, searchDocument } from '../lib/search/search-document';

async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The pages Pagefind would index: once any page has `data-pagefind-body`, Pagefind skips every page without it, so
 * those are not sent at all (list pages are most of the HTML of a large site). With no such page anywhere, every
 * page is sent, as Pagefind would then index them all. Only paths are kept: a page is read again when it is sent.
 * Oldest first (by the article's date, then path), so each index part holds a stretch of time and the search page
 * can order results newest first across parts (src/scripts/search.ts): Pagefind's sort ranks pages within one part,
 * so each page also carries its part's number as a filter.
 */
async function searchablePages(files: readonly string[]): Promise<string[]> {
  const withBody: { file: string; date: string }[] = [];
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    if (html.includes('data-pagefind-body')) withBody.push({ file, date: articleDate(html) ?? '' });
  }
  withBody.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return withBody.length > 0 ? withBody.map(({ file }) => file) : [...files];
}

/** `zh-hant/articles/x/index.html` → `<base>/zh-hant/articles/x/` */
function pageUrl(base: string, outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join('/').replace(/index\.html$/, '');
  return withBase(base, `/${path}`);
}

/**
 * Pages per Pagefind index. Pagefind holds an index in memory until it is written, about 0.65 MB a page for
 * these articles (1.9 GB for 3,000), so an edition of 10,000 pages in one index would need over 6 GB. Each
 * edition is therefore indexed in parts of at most this many pages, one part at a time, and the search page
 * merges the parts (src/scripts/search.ts, `mergeIndex`). Tests set a small size to exercise the merge.
 */
const PAGES_PER_INDEX = pagesPerIndex(process.env.PAGEFIND_PAGES_PER_INDEX);

function pagesPerIndex(value: string | undefined): number {
  if (value === undefined || value === '') return 2500;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`PAGEFIND_PAGES_PER_INDEX must be a positive integer, got "${value}"`);
  return size;
}

/** Indexes one part and writes it; Pagefind's service is closed after each part, so its memory is returned. */
async function indexPart(
  part: number,
  files: readonly string[],
  outputPath: string,
  toUrl: (file: string) => string,
  countText: (text: string) => void,
): Promise<{ addSeconds: number; writeSeconds: number }> {
  const started = performance.now();
  try {
    // `zh` turns on Pagefind's Chinese word segmentation for both scripts.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const file of files) {
      const page = await readFile(file, 'utf8');
      let document;
      try {
        document = searchDocument(page, part);
      } catch (error) {
        throw new Error(`Pagefind: ${file}: ${(error as Error).message}`);
      }
      if (document) countText(document.text);
      const response = await index.addHTMLFile({ url: toUrl(file), content: document?.html ?? page });
      if (response.errors.length > 0) throw new Error(`Pagefind: ${file}: ${response.errors.join('; ')}`);
    }
    const added = performance.now();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { addSeconds: (added - started) / 1000, writeSeconds: (performance.now() - added) / 1000 };
  } finally {
    await pagefind.close();
  }
}

/** OpenCC's characters (the converter's first layer), one call for them all: one character in, one out. */
const toSimplified: CharacterConverter = (characters) => {
  const converted = openccTraditionalToSimplified(characters.join('\n')).split('\n');
  return converted.length === characters.length ? converted : characters.map((char) => openccTraditionalToSimplified(char));
};

/** The converter's words in Traditional text, as it finds them: the site's overrides first, then the vocabulary. */
function converterWords(): (text: string, offset: number) => { key: string; value: string } | undefined {
  const overrides = new OverrideMatcher(readSiteOverrides(contentFolder().conversionFile));
  const vocabulary = mainlandVocabulary();
  return (text, offset) => overrides.matchAt(text, offset) ?? vocabulary.matchAt(text, offset);
}

/** Writes each edition's query table beside its index, from what the indexed pages held. */
async function writeQueryTables(outDir: string, counted: EditionsTextCounter): Promise<void> {
  for (const edition of EDITIONS) {
    const bundleDir = join(outDir, searchBundlePath(edition.id).slice(1));
    if (!existsSync(bundleDir)) continue;
    const table = edition.id === SOURCE_EDITION.id ? traditionalQueryTable(counted, toSimplified) : simplifiedQueryTable(counted, toSimplified);
    await writeFile(join(bundleDir, SEARCH_QUERY_SCRIPT_FILE), JSON.stringify(table));
  }
}

const countsFor = (edition: Edition, counted: EditionsTextCounter) => (text: string) =>
  edition.id === SOURCE_EDITION.id ? counted.addTraditional(text) : counted.addSimplified(text);

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
        const counted = new EditionsTextCounter(converterWords());
        // One edition, and one part of it, at a time: memory stays that of one part, whatever the site's size.
        for (const edition of EDITIONS) {
          const editionDir = join(outDir, edition.id);
          if (!existsSync(editionDir)) continue;
          const bundleDir = join(outDir, searchBundlePath(edition.id).slice(1));
          const pages = await searchablePages(await htmlFilesUnder(editionDir));
          const parts: string[] = [];
          let addSeconds = 0;
          let writeSeconds = 0;
          for (let start = 0; start < Math.max(1, pages.length); start += PAGES_PER_INDEX) {
            // The first part is the bundle the search page loads; the others are merged into it.
            const part = start === 0 ? '' : `${SEARCH_PART_PREFIX}${start / PAGES_PER_INDEX + 1}/`;
            const times = await indexPart(start / PAGES_PER_INDEX + 1, pages.slice(start, start + PAGES_PER_INDEX), join(bundleDir, part), (file) => pageUrl(base, outDir, file), countsFor(edition, counted));
            addSeconds += times.addSeconds;
            writeSeconds += times.writeSeconds;
            if (part) parts.push(part);
          }
          await writeFile(join(bundleDir, SEARCH_PARTS_FILE), `${JSON.stringify({ parts })}\n`);
          logger.info(
            `${edition.id}: indexed ${pages.length} pages in ${parts.length + 1} part(s), ` +
              `${(addSeconds + writeSeconds).toFixed(1)} s (adding ${addSeconds.toFixed(1)} s, writing ${writeSeconds.toFixed(1)} s), wrote ${searchBundlePath(edition.id)}`,
          );
        }
        await writeQueryTables(outDir, counted);
      },
    },
  };
}
