#!/usr/bin/env node
/**
 * `npm run build`: builds the site into a staging folder of its own and only then replaces `dist/` with it, so a
 * failed or interrupted build (bad content, a broken plugin, Ctrl-C) never leaves a half-built site where a deploy
 * would pick it up: whatever happens, `dist/` is the last complete build.
 *
 * One build at a time in one folder (scripts/lib/build-lock.mjs): a second build started meanwhile says which
 * build holds the folder and exits with status 75 (EX_TEMPFAIL: try again later), touching nothing.
 *
 * Extra arguments go to `astro build` (e.g. `npm run build -- --force` after changing a Markdown plugin: Astro
 * caches rendered Markdown keyed on the config, not on plugin code).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { acquireBuildLock, lockHeldMessage } from './lib/build-lock.mjs';
import { buildNodeOptions } from './lib/build-node-options.mjs';

const finalDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const stagingDir = `${finalDir}.${process.pid}.build-tmp`;
const previousDir = `${finalDir}.${process.pid}.previous-tmp`;
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

astro.on('error', (error) => {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`Build failed: could not start astro (${error.message}); ${finalDir} was left as it was.`);
  process.exit(1);
});

astro.on('exit', (status, signal) => {
  if (status !== 0 || stoppedBy) {
    rmSync(stagingDir, { recursive: true, force: true });
    console.error(`\nBuild ${stoppedBy || signal ? 'stopped' : 'failed'}: ${finalDir} was left as it was.`);
    process.exit(status || 1);
  }
  if (existsSync(finalDir)) renameSync(finalDir, previousDir);
  renameSync(stagingDir, finalDir);
  rmSync(previousDir, { recursive: true, force: true });
  console.log(`Built ${finalDir}`);
});

/** A build stopped between its two renames left the last site as `<dist>.<pid>.previous-tmp` and no `dist/`. */
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
  const prefix = `${basename(finalDir)}.`;
  if (!existsSync(parent)) return [];
  return readdirSync(parent)
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix) && /^\d+$/.test(name.slice(prefix.length, -suffix.length)))
    .map((name) => join(parent, name));
}
