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
 * Nothing is ever written in place: a file is linked beside its new version and renamed over it, so a build
 * stopped here leaves the staging folder complete, either way.
 */
import { linkSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * @param {string} stagingDir The finished build, about to become `dist/`.
 * @param {string} previousDir The `dist/` it replaces (may not exist).
 * @returns {{ files: number, kept: number, changed: string[], changedBytes: number, removed: string[] }} Relative
 *   paths of the files whose bytes are new (or which are new), their total size, and the old files the new build
 *   no longer has.
 */
export function carryOverUnchanged(stagingDir, previousDir) {
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
      const link = `${file}.carry-over-tmp`;
      rmSync(link, { force: true });
      linkSync(before, link);
      renameSync(link, file);
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
