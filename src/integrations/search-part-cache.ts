/**
 * The search index parts of the last build, kept in the build's cache folder and taken back when a part's pages
 * are the same: Pagefind indexes a part again only where one of its documents changed (src/integrations/
 * pagefind-editions.ts). Pagefind writes the same files for the same documents, so a part taken back is the part
 * a cold build writes (tests/build/publish.test.ts compares the two byte for byte).
 *
 * Each part is kept as `<cacheDir>/search-parts/<edition>/<part>/` holding `files/` (what Pagefind wrote) and
 * `digest` (what it was written from, written last: a part whose copy was cut short has no digest and is not
 * taken). A build with `--force` takes nothing back and keeps what it writes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SearchPartCache {
  /** Copies the kept part into `outputPath` when it was written from `digest`; whether it did. */
  restore(edition: string, part: string, digest: string, outputPath: string): Promise<boolean>;
  /** Keeps what `outputPath` holds as the part written from `digest`. */
  keep(edition: string, part: string, digest: string, outputPath: string): Promise<void>;
  /** Forgets the kept parts of the edition that are not in `parts` (a year whose articles were all deleted). */
  forgetOthers(edition: string, parts: readonly string[]): Promise<void>;
}

/** What a part is written from: the indexer and its settings, and each document's address and HTML, in order. */
export function partDigest(indexer: string, documents: Iterable<{ url: string; html: string }>): string {
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
      await cp(join(kept, 'files'), outputPath, { recursive: true });
      return true;
    },
    async keep(edition, part, digest, outputPath) {
      const kept = folder(edition, part);
      const staging = `${kept}.tmp`;
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      await cp(outputPath, join(staging, 'files'), { recursive: true });
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
  };
}
