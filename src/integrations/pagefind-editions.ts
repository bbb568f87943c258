/**
 * Builds one Pagefind search index per edition after Astro has written the site.
 *
 * Pagefind would split one index by `<html lang>`, but zh-Hant and zh-Hans are both Chinese to it; one bundle per
 * edition (`/pagefind/<edition>/`) makes the guarantee plain: a Simplified query searches Simplified pages only,
 * a Traditional query Traditional pages only. Only elements marked `data-pagefind-body` (the article) are indexed.
 * Each edition is indexed in parts, a year of articles each (src/lib/search/index-parts.ts), in folders of the
 * bundle that `parts.json` lists, newest first, with every topic for the search page's choices. A part whose
 * documents are those of the last build is taken from the build's cache instead of indexed again
 * (./search-part-cache.ts): publishing an article indexes its year only.
 * Each article is indexed as src/lib/search/search-document.ts makes it (every Han character a word; title, date and
 * topics as metadata, filters and sort key), and each bundle gets the table that turns a query typed in the other
 * script into its own (`query-script.json`, src/lib/search/query-script-table.ts), counted from the same pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentFolder } from '../inputs/content-folder';
import { readSiteOverrides } from '../inputs/conversion-file';
import { EDITIONS, SOURCE_EDITION, type Edition } from '../lib/editions/editions';
import { openccTraditionalToSimplified } from '../lib/editions/conversion/opencc';
import { OverrideMatcher } from '../lib/editions/conversion/overrides';
import { mainlandVocabulary } from '../lib/editions/conversion/vocabulary';
import { SEARCH_PARTS_FILE, SEARCH_QUERY_SCRIPT_FILE, searchBundlePath, withBase } from '../lib/paths';
import { EditionsTextCounter, simplifiedQueryTable, traditionalQueryTable, type CharacterConverter } from '../lib/search/query-script-table';
import { indexPartsList, planIndexParts, type DatedPage } from '../lib/search/index-parts';
import { articleDate, searchDocument } from '../lib/search/search-document';
import { partDigest, searchPartCache } from './search-part-cache';

async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The pages Pagefind indexes, the articles (marked `data-pagefind-body`), with their dates: list pages are most of
 * the HTML of a large site and are never sent. Only paths and dates are kept: a page is read again when its part
 * is indexed, so memory stays that of one part.
 */
async function articlePages(files: readonly string[]): Promise<DatedPage[]> {
  const pages: DatedPage[] = [];
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    if (html.includes('data-pagefind-body')) pages.push({ file, date: articleDate(html) ?? '' });
  }
  return pages;
}

/** `zh-hant/articles/x/index.html` → `<base>/zh-hant/articles/x/` */
function pageUrl(base: string, outDir: string, file: string): string {
  const path = relative(outDir, file).split(sep).join('/').replace(/index\.html$/, '');
  return withBase(base, `/${path}`);
}

/**
 * Most pages in one index part. Parts are years of articles (src/lib/search/index-parts.ts); Pagefind holds an
 * index in memory until it is written, about 0.65 MB a page for these articles, so a year of more articles than
 * this is indexed in runs of this many, one at a time. Tests set a small size to exercise a year in runs.
 */
const PAGES_PER_INDEX = pagesPerIndex(process.env.PAGEFIND_PAGES_PER_INDEX);

function pagesPerIndex(value: string | undefined): number {
  if (value === undefined || value === '') return 2500;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`PAGEFIND_PAGES_PER_INDEX must be a positive integer, got "${value}"`);
  return size;
}

/** Pagefind's version and settings: a part written by another version, or otherwise, is written again. */
const INDEXER = `pagefind ${pagefindVersion()} forceLanguage=zh`;

function pagefindVersion(): string {
  // The package exports neither its package.json nor a CommonJS entry to resolve from: found as Node would find it.
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error('Pagefind: its package.json was not found above the project folder');
  }
}

/**
 * What Pagefind writes besides the index and the script the search page imports: its own search interfaces, which
 * this site does not use. Left out of every part (they would be a dozen unused files per part in every deploy).
 */
const UNUSED_BUNDLE_FILE = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/** Pagefind's script, which the search page imports (the rest of a part it fetches itself). */
const PAGEFIND_SCRIPT = 'pagefind.js';

/** Indexes one part's documents into `outputPath`; Pagefind's service is closed after each part, so its memory is returned. */
async function indexPart(documents: readonly SearchPartDocument[], outputPath: string): Promise<void> {
  try {
    // `zh` turns on Pagefind's Chinese word segmentation for both scripts.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const { file, url, html } of documents) {
      const response = await index.addHTMLFile({ url, content: html });
      if (response.errors.length > 0) throw new Error(`Pagefind: ${file}: ${response.errors.join('; ')}`);
    }
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  for (const name of await readdir(outputPath)) if (UNUSED_BUNDLE_FILE.test(name)) await rm(join(outputPath, name));
}

interface SearchPartDocument {
  file: string;
  url: string;
  html: string;
  topics: string[];
}

/** The documents of one part, made from its pages as built; the text of each goes to `countText`. */
async function partDocuments(part: string, files: readonly string[], toUrl: (file: string) => string, countText: (text: string) => void): Promise<SearchPartDocument[]> {
  const documents: SearchPartDocument[] = [];
  for (const file of files) {
    let document;
    try {
      document = searchDocument(await readFile(file, 'utf8'), part);
    } catch (error) {
      throw new Error(`Pagefind: ${file}: ${(error as Error).message}`);
    }
    if (!document) continue;
    countText(document.text);
    documents.push({ file, url: toUrl(file), html: document.html, topics: document.facts.topics });
  }
  return documents;
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
  let cacheDir = '';
  return {
    name: 'pagefind-editions',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const counted = new EditionsTextCounter(converterWords());
        const cache = searchPartCache(cacheDir, { takeBack: !process.argv.includes('--force') });
        // One edition, and one part of it, at a time: memory stays that of one part, whatever the site's size.
        for (const edition of EDITIONS) {
          const editionDir = join(outDir, edition.id);
          if (!existsSync(editionDir)) continue;
          const bundleDir = join(outDir, searchBundlePath(edition.id).slice(1));
          const parts = planIndexParts(await articlePages(await htmlFilesUnder(editionDir)), PAGES_PER_INDEX);
          const topics: string[][] = [];
          const started = performance.now();
          let indexed = 0;
          for (const part of parts) {
            const documents = await partDocuments(part.id, part.files, (file) => pageUrl(base, outDir, file), countsFor(edition, counted));
            topics.push(...documents.map((document) => document.topics));
            const outputPath = join(bundleDir, part.id);
            const digest = partDigest(INDEXER, documents);
            if (await cache.restore(edition.id, part.id, digest, outputPath)) continue;
            await indexPart(documents, outputPath);
            await cache.keep(edition.id, part.id, digest, outputPath);
            indexed += 1;
          }
          await cache.forgetOthers(edition.id, parts.map((part) => part.id));
          await mkdir(bundleDir, { recursive: true });
          // The search page imports Pagefind's script from the bundle itself, while it fetches the list of parts, and
          // points it at the newest part (src/scripts/search.ts): the script is the same in every part.
          const newest = parts.at(-1);
          if (newest) await copyFile(join(bundleDir, newest.id, PAGEFIND_SCRIPT), join(bundleDir, PAGEFIND_SCRIPT));
          await writeFile(join(bundleDir, SEARCH_PARTS_FILE), `${JSON.stringify(indexPartsList(parts, topics))}\n`);
          const pages = parts.reduce((sum, part) => sum + part.files.length, 0);
          logger.info(
            `${edition.id}: ${pages} pages in ${parts.length} part(s), ${indexed} indexed and ${parts.length - indexed} unchanged ` +
              `(${((performance.now() - started) / 1000).toFixed(1)} s), wrote ${searchBundlePath(edition.id)}`,
          );
        }
        await writeQueryTables(outDir, counted);
      },
    },
  };
}
