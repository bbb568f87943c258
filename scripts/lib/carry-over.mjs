// @ts-check
/**
 * Before a finished build replaces `dist/`: every file of the new build whose bytes are those of the same file in
 * the old `dist/` becomes that old file again (a hard link to it), so the new `dist/` keeps the old file, its
 * inode and its modification time, wherever nothing changed. A deploy that compares files (rsync, a CDN upload
 * by mtime and size, a backup) then sees exactly the files that changed, and the old `dist/`, once swapped out,
 * is deleted by unlinking names rather than freeing its data. Pages Astro's incremental build did not render
 * again are hard links to its cache already (patches/README.md), and so usually to the old file itself: those
 * are recognised by inode without being read.
 *
 * A page Astro rendered is written twice, to the output and to its cache, as two files: the next build restores
 * the cache's, which is not the old dist/'s file. Where `cacheCopies` is given and such a page's bytes are the old
 * file's, the cache's copy becomes the old file too, so from then on the old file, the cache's copy and the
 * restored page are one inode, told by its number without reading: at 1,000 articles some 10,000 pages were
 * otherwise read twice and compared on every build.
 *
 * Nothing is ever written in place: a file is linked beside its new version and renamed over it, so a build
 * stopped here leaves the staging folder complete, either way.
 */
import { linkSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * @param {string} stagingDir The finished build, about to become `dist/`.
 * @param {string} previousDir The `dist/` it replaces (may not exist).
 * @param {{ cacheCopies?: string }} [options] Where the incremental build keeps its copies of the pages, by the
 *   same relative paths.
 * @returns {{ files: number, kept: number, changed: string[], changedBytes: number, removed: string[] }} Relative
 *   paths of the files whose bytes are new (or which are new), their total size, and the old files the new build
 *   no longer has.
 */
export function carryOverUnchanged(stagingDir, previousDir, { cacheCopies } = {}) {
  const changed = [];
  let files = 0;
  let kept = 0;
  let changedBytes = 0;
  // Every path the new build has, files and folders: what of the old dist/ is gone is told without a stat each.
  const inNew = new Set();
  for (const entry of readdirSync(stagingDir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    const path = relative(stagingDir, file);
    inNew.add(path);
    if (!entry.isFile()) continue;
    files += 1;
    const before = join(previousDir, path);
    const ours = lstatSync(file);
    const theirs = lstatSync(before, { throwIfNoEntry: false });
    if (theirs?.isFile() && theirs.ino === ours.ino && theirs.dev === ours.dev) {
      kept += 1;
      continue;
    }
    if (theirs?.isFile() && theirs.size === ours.size && readFileSync(before).equals(readFileSync(file))) {
      replaceWithLink(before, file);
      // A page restored from the cache (a link to its copy there): the copy becomes the old file as well.
      if (cacheCopies && ours.nlink > 1) {
        const copy = join(cacheCopies, path);
        const cached = lstatSync(copy, { throwIfNoEntry: false });
        if (cached?.ino === ours.ino && cached.dev === ours.dev) replaceWithLink(before, copy);
      }
      kept += 1;
      continue;
    }
    changed.push(path);
    changedBytes += ours.size;
  }
  const removed = [];
  if (lstatSync(previousDir, { throwIfNoEntry: false })?.isDirectory()) {
    for (const entry of readdirSync(previousDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = relative(previousDir, join(entry.parentPath, entry.name));
      if (!inNew.has(path)) removed.push(path);
    }
  }
  return { files, kept, changed: changed.sort(), changedBytes, removed: removed.sort() };
}

/**
 * `name` becomes a hard link to `target`: linked beside it and renamed over it, never written in place.
 * @param {string} target
 * @param {string} name
 */
function replaceWithLink(target, name) {
  const link = `${name}.carry-over-tmp`;
  rmSync(link, { force: true });
  linkSync(target, link);
  renameSync(link, name);
}
