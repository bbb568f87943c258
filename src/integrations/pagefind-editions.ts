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
import type { ConversionOverrides } from '../lib/editions/conversion/overrides';
import { EDITIONS, SOURCE_EDITION, type Edition } from '../lib/editions/editions';
import { openccTraditionalToSimplified } from '../lib/editions/conversion/opencc';
import { OverrideMatcher } from '../lib/editions/conversion/overrides';
import { mainlandVocabulary } from '../lib/editions/conversion/vocabulary';
import { SEARCH_PARTS_FILE, SEARCH_QUERY_SCRIPT_FILE, searchBundlePath, withBase } from '../lib/paths';
import { EditionsTextCounter, simplifiedQueryTable, traditionalQueryTable, type CharacterConverter, type ConverterWords } from '../lib/search/query-script-table';
import { indexPartsList, planIndexParts, type DatedPage } from '../lib/search/index-parts';
import { articleDate, searchDocument } from '../lib/search/search-document';
import { PROJECT_ROOT } from '../../scripts/lib/project-root.mjs';
import { sourceDigest } from '../../scripts/lib/source-digest.mjs';
import { partDigest, searchPartCache } from './search-part-cache';
import { digestOf, searchPageRecords, type SearchPageRecords } from './search-page-records';
import { addCounted, countedText } from './search-text-counts';

async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The marker of the element Pagefind indexes (the article): a page without it is never sent. */
const BODY_MARKER = 'data-pagefind-body';

/** An article page, by its file and its path in the site, with the digest of its bytes and its date. */
interface ArticlePage extends DatedPage {
  path: string;
  bytes: string;
}

/**
 * The pages Pagefind indexes, the articles (marked `data-pagefind-body`), with their dates: list pages are most of
 * the HTML of a large site and are never sent. Each page is read once as bytes and digested; its date is taken
 * from its record when its bytes are those of the last build (./search-page-records.ts), and read from it
 * otherwise. Only paths, digests and dates are kept: a page is read again when its document is needed, so memory
 * stays that of one part.
 */
function articlePages(outDir: string, files: readonly string[], records: SearchPageRecords): ArticlePage[] {
  const pages: ArticlePage[] = [];
  for (const file of files) {
    // Read at once, not through the thread pool: thousands of small files, where a promise each costs several times the read.
    const bytes = readFileSync(file);
    if (!bytes.includes(BODY_MARKER)) continue;
    const path = relative(outDir, file).split(sep).join('/');
    const digest = digestOf(bytes);
    const record = records.get(path, digest) ?? { bytes: digest, date: articleDate(bytes.toString('utf8')) ?? '' };
    records.set(path, record);
    pages.push({ file, path, bytes: digest, date: record.date });
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
  text: string;
}

/** A page's document for `part`, made from the page as built; its record gets the document's digests and topics. */
async function pageDocument(page: ArticlePage, part: string, url: string, records: SearchPageRecords): Promise<SearchPartDocument> {
  let document;
  try {
    document = searchDocument(await readFile(page.file, 'utf8'), part);
  } catch (error) {
    throw new Error(`Pagefind: ${page.file}: ${(error as Error).message}`);
  }
  if (!document) throw new Error(`Pagefind: ${page.file}: changed while the site was indexed`);
  const record = { part, html: digestOf(document.html), text: digestOf(document.text), topics: document.facts.topics };
  records.set(page.path, { bytes: page.bytes, date: page.date, document: record });
  return { file: page.file, url, html: document.html, text: document.text };
}

/** OpenCC's characters (the converter's first layer), one call for them all: one character in, one out. */
const toSimplified: CharacterConverter = (characters) => {
  const converted = openccTraditionalToSimplified(characters.join('\n')).split('\n');
  return converted.length === characters.length ? converted : characters.map((char) => openccTraditionalToSimplified(char));
};

/** The converter's words in Traditional text, as it finds them: the site's overrides first, then the vocabulary. */
function converterWords(overrides: ConversionOverrides): ConverterWords {
  const matcher = new OverrideMatcher(overrides);
  const vocabulary = mainlandVocabulary();
  return (text, offset) => matcher.matchAt(text, offset) ?? vocabulary.matchAt(text, offset);
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

/**
 * The code the records and counts are made by: the site's code (the search document, the vocabulary) as
 * scripts/lib/source-digest.mjs digests it for Astro's cache.
 */
const siteCode = () => sourceDigest(PROJECT_ROOT) as string;

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
        const overrides = readSiteOverrides(contentFolder().conversionFile);
        const words = converterWords(overrides);
        const counted = new EditionsTextCounter(words);
        const takeBack = !process.argv.includes('--force');
        const code = siteCode();
        const cache = searchPartCache(cacheDir, { takeBack });
        const records = await searchPageRecords(cacheDir, code, { takeBack });
        // What a part's text counts depends on besides the text: the code, and the converter's words.
        const counting = digestOf(`${code}\0${JSON.stringify(overrides)}`);
        // One edition, and one part of it, at a time: memory stays that of one part, whatever the site's size.
        for (const edition of EDITIONS) {
          const editionDir = join(outDir, edition.id);
          if (!existsSync(editionDir)) continue;
          const bundleDir = join(outDir, searchBundlePath(edition.id).slice(1));
          const started = performance.now();
          const pages = articlePages(outDir, await htmlFilesUnder(editionDir), records);
          const byFile = new Map(pages.map((page) => [page.file, page]));
          const parts = planIndexParts(pages, PAGES_PER_INDEX);
          const topics: string[][] = [];
          let indexed = 0;
          for (const part of parts) {
            const partPages = part.files.map((file) => byFile.get(file)!);
            const url = (page: ArticlePage) => pageUrl(base, outDir, page.file);
            // Pages whose bytes changed since the last build are parsed now; the others are known by their records.
            const parsed = new Map<string, SearchPartDocument>();
            for (const page of partPages) {
              if (records.get(page.path, page.bytes)?.document?.part !== part.id) parsed.set(page.file, await pageDocument(page, part.id, url(page), records));
            }
            const documents = partPages.map((page) => records.get(page.path, page.bytes)!.document!);
            topics.push(...documents.map((document) => document.topics));
            const outputPath = join(bundleDir, part.id);
            const digest = partDigest(INDEXER, partPages.map((page, at) => ({ url: url(page), html: documents[at]!.html })));
            const countedKey = digestOf([counting, ...documents.map((document) => document.text)].join('\0'));
            const restored = await cache.restore(edition.id, part.id, digest, outputPath);
            let partCounted = await cache.counted(edition.id, part.id, countedKey);
            if (!restored || !partCounted) {
              const whole: SearchPartDocument[] = [];
              for (const page of partPages) whole.push(parsed.get(page.file) ?? (await pageDocument(page, part.id, url(page), records)));
              if (!restored) {
                await indexPart(whole, outputPath);
                await cache.keep(edition.id, part.id, digest, outputPath);
                indexed += 1;
              }
              if (!partCounted) {
                const counter = new EditionsTextCounter(words);
                for (const document of whole) countsFor(edition, counter)(document.text);
                partCounted = countedText(counter);
                await cache.keepCounted(edition.id, part.id, countedKey, partCounted);
              }
            }
            addCounted(counted, partCounted);
          }
          await cache.forgetOthers(edition.id, parts.map((part) => part.id));
          await mkdir(bundleDir, { recursive: true });
          // The search page imports Pagefind's script from the bundle itself, while it fetches the list of parts, and
          // points it at the newest part (src/scripts/search.ts): the script is the same in every part.
          const newest = parts.at(-1);
          if (newest) await copyFile(join(bundleDir, newest.id, PAGEFIND_SCRIPT), join(bundleDir, PAGEFIND_SCRIPT));
          await writeFile(join(bundleDir, SEARCH_PARTS_FILE), `${JSON.stringify(indexPartsList(parts, topics))}\n`);
          logger.info(
            `${edition.id}: ${pages.length} pages in ${parts.length} part(s), ${indexed} indexed and ${parts.length - indexed} unchanged ` +
              `(${((performance.now() - started) / 1000).toFixed(1)} s), wrote ${searchBundlePath(edition.id)}`,
          );
        }
        await records.save();
        await writeQueryTables(outDir, counted);
      },
    },
  };
}
