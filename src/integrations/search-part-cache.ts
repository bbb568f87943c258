/**
 * The search index parts of the last build, kept in the build's cache folder and taken back when a part's pages
 * are the same: Pagefind indexes a part again only where one of its documents changed (src/integrations/
 * pagefind-editions.ts). Pagefind writes the same files for the same documents, so a part taken back is the part
 * a cold build writes (tests/build/publish.test.ts compares the two byte for byte).
 *
 * Each part is kept as `<cacheDir>/search-parts/<edition>/<part>/` holding `files/` (what Pagefind wrote) and
 * `digest` (what it was written from, written last: a part whose copy was cut short has no digest and is not
 * taken), and `counted.json`, what its text added to the query tables (./search-text-counts.ts) with the key it was
 * counted under. A build with `--force` takes nothing back and keeps what it writes.
 *
 * Files are kept and taken back as hard links (copies where the file system has none), as Astro's incremental build
 * restores pages (patches/README.md): a part taken back is then the very files of the last `dist/`, which
 * scripts/lib/carry-over.mjs recognises by inode without reading them, and nothing is ever written into a kept file
 * (Pagefind writes a part into an emptied folder).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { CountedText } from './search-text-counts';

export interface SearchPartCache {
  /** Copies the kept part into `outputPath` when it was written from `digest`; whether it did. */
  restore(edition: string, part: string, digest: string, outputPath: string): Promise<boolean>;
  /** Keeps what `outputPath` holds as the part written from `digest`. */
  keep(edition: string, part: string, digest: string, outputPath: string): Promise<void>;
  /** Forgets the kept parts of the edition that are not in `parts` (a year whose articles were all deleted). */
  forgetOthers(edition: string, parts: readonly string[]): Promise<void>;
  /** What the kept part's text added to the query tables, when counted under `key`. */
  counted(edition: string, part: string, key: string): Promise<CountedText | undefined>;
  /** Keeps what the part's text added to the query tables, counted under `key`. */
  keepCounted(edition: string, part: string, key: string, counted: CountedText): Promise<void>;
}

/** Each document's digest of its HTML (./search-page-records.ts), with its address. */
export interface DigestedDocument {
  url: string;
  html: string;
}

/**
 * What a part is written from: the indexer and its settings, and each document's address and HTML (or the digest of
 * its HTML), in order.
 */
export function partDigest(indexer: string, documents: Iterable<DigestedDocument>): string {
  const hash = createHash('sha256').update(indexer).update('\0');
  for (const { url, html } of documents) hash.update(url).update('\0').update(html).update('\0');
  return hash.digest('hex');
}

export function searchPartCache(cacheDir: string, { takeBack }: { takeBack: boolean }): SearchPartCache {
  const root = join(cacheDir, 'search-parts');
  const folder = (edition: string, part: string) => join(root, edition, part);
  return {
    async restore(edition, part, digest, outputPath) {
      if (!takeBack) return false;
      const kept = folder(edition, part);
      const keptDigest = await readFile(join(kept, 'digest'), 'utf8').catch(() => undefined);
      if (keptDigest !== digest) return false;
      await rm(outputPath, { recursive: true, force: true });
      linkTree(join(kept, 'files'), outputPath);
      return true;
    },
    async keep(edition, part, digest, outputPath) {
      const kept = folder(edition, part);
      const staging = `${kept}.tmp`;
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      linkTree(outputPath, join(staging, 'files'));
      await writeFile(join(staging, 'digest'), digest);
      await rm(kept, { recursive: true, force: true });
      await rename(staging, kept);
    },
    async forgetOthers(edition, parts) {
      const editionDir = join(root, edition);
      if (!existsSync(editionDir)) return;
      const wanted = new Set(parts);
      for (const name of await readdir(editionDir)) {
        if (!wanted.has(name)) await rm(join(editionDir, name), { recursive: true, force: true });
      }
    },
    async counted(edition, part, key) {
      if (!takeBack) return undefined;
      try {
        const kept = JSON.parse(await readFile(join(folder(edition, part), 'counted.json'), 'utf8')) as { key: string; counted: CountedText };
        return kept.key === key ? kept.counted : undefined;
      } catch {
        return undefined;
      }
    },
    async keepCounted(edition, part, key, counted) {
      const file = join(folder(edition, part), 'counted.json');
      await mkdir(folder(edition, part), { recursive: true });
      await writeFile(`${file}.tmp`, JSON.stringify({ key, counted }));
      await rename(`${file}.tmp`, file);
    },
  };
}

/**
 * `to` made to hold `from`'s files as hard links to them (copies where links cannot be made). Synchronous: a part is
 * a hundred or more small files, where a promise each costs more than the link.
 */
function linkTree(from: string, to: string): void {
  const made = new Set<string>();
  const folder = (dir: string) => {
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  folder(to);
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    const source = join(entry.parentPath, entry.name);
    const target = join(to, relative(from, source));
    if (entry.isDirectory()) folder(target);
    else if (entry.isFile()) {
      folder(dirname(target));
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}
