#!/usr/bin/env node
/**
 * `npm run build`: builds the site into a staging folder of its own and only then replaces `dist/` with it, so a
 * failed or interrupted build (bad content, a broken plugin, Ctrl-C) never leaves a half-built site where a deploy
 * would pick it up: whatever happens, `dist/` is the last complete build.
 *
 * One build at a time in one folder (scripts/lib/build-lock.mjs): a second build started meanwhile says which
 * build holds the folder and exits with status 75 (EX_TEMPFAIL: try again later), touching nothing.
 *
 * The build is incremental (astro.config.mjs, src/queries/page-keys.ts): Astro renders only the pages whose data or
 * code changed and takes the others from its cache, and the new folder keeps the old dist/'s files wherever their
 * bytes did not change (scripts/lib/carry-over.mjs). Extra arguments go to `astro build`: `npm run build -- --force`
 * renders every page and reads every article again, to the same bytes.
 *
 * Beside `dist/` while a build runs: `<dist>.build-tmp` (the build being made) and `<dist>.replaced-tmp` (the dist/
 * the last build replaced, deleted while this one works). Neither is ever what a deploy should take.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { acquireBuildLock, lockHeldMessage } from './lib/build-lock.mjs';
import { buildNodeOptions } from './lib/build-node-options.mjs';
import { carryOverUnchanged } from './lib/carry-over.mjs';

const finalDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
// The same names every build (one build at a time holds the folder): Astro writes the output folder into the code
// of `astro:assets`, which its incremental build hashes with each page's code, so a folder named anew each build
// would render every page showing a picture again.
const stagingDir = `${finalDir}.build-tmp`;
const previousDir = `${finalDir}.previous-tmp`;
// The dist/ a finished build replaced, waiting to be deleted by the next build while Astro works (removeTreeInBackground).
const replacedDir = `${finalDir}.replaced-tmp`;
// Astro's cache folder (astro.config.mjs): the incremental build's copies of pages and its manifest live there.
const cacheDir = resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
const unfinishedMarker = join(cacheDir, 'build-unfinished');
// Builds in one folder share Astro's .astro/ and cache folders, whatever their output folder: one lock per folder.
const lockFile = resolve('.build.lock');

const lock = acquireBuildLock(lockFile);
if (!('release' in lock)) {
  console.error(lockHeldMessage(lockFile, lock.holder));
  process.exit(75);
}
process.on('exit', () => lock.release());

recoverInterruptedSwap();
removeLeftovers();
forgetCacheOfInterruptedBuild();
// Deleting the last build's old dist/ takes seconds of waiting on the disk (at 1,000 articles some 6,400 folders
// of links: 2-3 s, a tenth of publishing an article); done meanwhile, it costs Astro's start next to nothing.
const replacedRemoved = removeTreeInBackground(leftovers('.replaced-tmp'));

const astro = spawn('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // Node options for a build at archive scale (why: scripts/lib/build-node-options.mjs).
  env: { ...process.env, ASTRO_OUT_DIR: stagingDir, NODE_OPTIONS: buildNodeOptions(process.env.NODE_OPTIONS) },
  shell: process.platform === 'win32',
});

// Ctrl-C or a stopped CI job: astro (in the same process group) gets the signal too; this process waits for it to
// end, then cleans up its staging folder and releases the lock instead of dying first and leaving both behind.
let stoppedBy;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stoppedBy = signal;
    astro.kill(signal);
  });
}

astro.on('error', async (error) => {
  rmSync(stagingDir, { recursive: true, force: true });
  // Astro never ran: its cache is as this build found it.
  rmSync(unfinishedMarker, { force: true });
  await replacedRemoved;
  console.error(`Build failed: could not start astro (${error.message}); ${finalDir} was left as it was.`);
  process.exit(1);
});

astro.on('exit', async (status, signal) => {
  await replacedRemoved;
  if (status !== 0 || stoppedBy) {
    rmSync(stagingDir, { recursive: true, force: true });
    // A build that failed before writing any page (bad content, most often) left the cache as it found it.
    if (!stoppedBy && !signal && !cacheWrittenSince(unfinishedMarker)) rmSync(unfinishedMarker, { force: true });
    console.error(`\nBuild ${stoppedBy || signal ? 'stopped' : 'failed'}: ${finalDir} was left as it was.`);
    process.exit(status || 1);
  }
  rmSync(unfinishedMarker, { force: true });
  // The new build keeps the old dist/'s files wherever their bytes are unchanged (scripts/lib/carry-over.mjs).
  const carried = existsSync(finalDir) ? carryOverUnchanged(stagingDir, finalDir, { cacheCopies: join(cacheDir, 'dist') }) : undefined;
  if (existsSync(finalDir)) renameSync(finalDir, previousDir);
  renameSync(stagingDir, finalDir);
  // Out of the way of recoverInterruptedSwap (which takes `.previous-tmp` for the last site); the next build
  // deletes it while it works.
  if (existsSync(previousDir)) renameSync(previousDir, replacedDir);
  console.log(`Built ${finalDir}`);
  if (carried) {
    const mib = (carried.changedBytes / 2 ** 20).toFixed(2);
    console.log(`${carried.changed.length} of ${carried.files} files new or changed (${mib} MiB), ${carried.removed.length} removed: what a deploy uploads.`);
  }
});

/**
 * Astro's incremental build replaces the cached copy of each page it renders as it goes, and writes the list of
 * what the copies are (its manifest) only at the end. A build stopped in between leaves copies newer than the
 * manifest says, which a later build could restore as if they were the old ones: so a build that did not finish
 * leaves a marker, and the next one sets the manifest aside and renders every page (as `--force` would).
 */
function forgetCacheOfInterruptedBuild() {
  if (existsSync(unfinishedMarker)) rmSync(join(cacheDir, 'incremental-build.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(unfinishedMarker, `${process.pid}\n`);
}

/** Whether the incremental build replaced any cached page since `marker` was written. @param {string} marker */
function cacheWrittenSince(marker) {
  const since = statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const copies = join(cacheDir, 'dist');
  if (!existsSync(copies)) return false;
  return readdirSync(copies, { recursive: true, withFileTypes: true }).some(
    (entry) => entry.isFile() && statSync(join(entry.parentPath, entry.name)).mtimeMs >= since,
  );
}

/**
 * Deletes folders and all they hold, without holding up this process: an old dist/ is thousands of folders (a
 * page is a folder) of hard links. The system's `rm -rf` does it in about half the time of Node's rmSync (which
 * tries to remove each folder before emptying it, and stats every entry); rmSync where there is no `rm`, or it
 * failed. The build waits for it before it swaps its folders and before it exits.
 * @param {string[]} dirs
 * @returns {Promise<void>}
 */
function removeTreeInBackground(dirs) {
  if (dirs.length === 0) return Promise.resolve();
  const finish = () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  if (process.platform === 'win32') return Promise.resolve(finish());
  return new Promise((resolvePromise) => {
    const rm = spawn('rm', ['-rf', '--', ...dirs], { stdio: 'ignore' });
    rm.on('error', () => resolvePromise(finish()));
    // Stopped with this build (Ctrl-C reaches the whole process group): what is left waits for the next build.
    rm.on('exit', (_status, signal) => resolvePromise(signal ? undefined : finish()));
  });
}

/** A build stopped between its two renames left the last site as `<dist>.previous-tmp` and no `dist/`. */
function recoverInterruptedSwap() {
  if (existsSync(finalDir)) return;
  const [previous] = leftovers('.previous-tmp');
  if (previous) renameSync(previous, finalDir);
}

/** Staging and previous folders of builds that ended without cleaning up: no other build is running now. */
function removeLeftovers() {
  for (const folder of [...leftovers('.build-tmp'), ...leftovers('.previous-tmp')]) rmSync(folder, { recursive: true, force: true });
}

/** @param {string} suffix */
function leftovers(suffix) {
  const parent = dirname(finalDir);
  const prefix = basename(finalDir);
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    // `<dist>.build-tmp`, and `<dist>.<pid>.build-tmp` as earlier builds named them.
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix) && /^(\.\d+)?$/.test(name.slice(prefix.length, name.length - suffix.length)))
    .map((name) => join(parent, name));
}
