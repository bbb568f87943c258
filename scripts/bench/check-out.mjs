// @ts-check
/**
 * A commit's files in a folder of their own, with this project's node_modules linked in: the base a bench run
 * compares this commit with (search-run.mjs, dev-scaling.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../lib/project-root.mjs';

/** @param {string} commit @param {string} dir @returns {string} `dir` */
export function checkOut(commit, dir) {
  mkdirSync(dir, { recursive: true });
  const archive = spawnSync('sh', ['-c', `git -C "${PROJECT_ROOT}" archive "${commit}" | tar -x -C "${dir}"`], { encoding: 'utf8' });
  if (archive.status !== 0) throw new Error(`cannot check out ${commit}: ${archive.stderr}`);
  symlinkSync(resolve(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
