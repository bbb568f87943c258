/**
 * The generated archive the build and browser tests read: a few hundred articles (scripts/lib/archive-generator.mjs)
 * built once per test run with a small page size, so lists run to many pages. The build and e2e projects both ask
 * for it; the first asks builds it, later ones reuse it (the flag lives in process.env, which the global setups
 * of every project share).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateArchive, type ArchiveManifest } from '../../scripts/lib/archive-generator.mjs';
import { buildSite, SITES_DIR } from './build-site';

export const ARCHIVE_ARTICLES = 300;
/** Small, so a few hundred articles make long lists: 60 home pages, topics and actors of many pages. */
export const ARCHIVE_PAGE_SIZE = 5;
/** Small, so a year of articles (an index part) comes in several runs that the search page must merge. */
export const ARCHIVE_PAGES_PER_INDEX = 20;
export const ARCHIVE_SITE_DIR = resolve(SITES_DIR, 'archive');
const CONTENT_DIR = resolve(SITES_DIR, 'content-archive');
const MANIFEST = resolve(SITES_DIR, 'archive-manifest.json');
const BUILT_FLAG = 'NEWS_ARCHIVE_SITE_BUILT';

/** Builds the archive site unless this test run already has; throws when the build fails. */
export function ensureArchiveSite(): string {
  if (process.env[BUILT_FLAG] === ARCHIVE_SITE_DIR) return ARCHIVE_SITE_DIR;
  mkdirSync(SITES_DIR, { recursive: true });
  const manifest = generateArchive(CONTENT_DIR, { articles: ARCHIVE_ARTICLES, seed: 1 });
  writeFileSync(MANIFEST, JSON.stringify(manifest));
  const build = buildSite('archive', { contentDir: CONTENT_DIR, env: { LIST_PAGE_SIZE: String(ARCHIVE_PAGE_SIZE), PAGEFIND_PAGES_PER_INDEX: String(ARCHIVE_PAGES_PER_INDEX) } });
  if (!build.ok) throw new Error(`The generated archive does not build:\n${build.output.slice(-6000)}`);
  process.env[BUILT_FLAG] = ARCHIVE_SITE_DIR;
  return ARCHIVE_SITE_DIR;
}

/** What the generator wrote into the archive the site was built from. */
export function archiveManifest(): ArchiveManifest {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as ArchiveManifest;
}
