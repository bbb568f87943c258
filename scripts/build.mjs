#!/usr/bin/env node
/**
 * `npm run build`: builds the site into a fresh temporary folder and only then replaces `dist/` with it, so a
 * failed build (bad content, a broken plugin) never leaves a half-built site where a deploy would pick it up.
 *
 * Extra arguments go to `astro build` (e.g. `npm run build -- --force` after changing a Markdown plugin: Astro
 * caches rendered Markdown keyed on the config, not on plugin code).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildNodeOptions } from './lib/build-node-options.mjs';

const finalDir = resolve(process.env.ASTRO_OUT_DIR ?? 'dist');
const stagingDir = `${finalDir}.build-tmp`;
const previousDir = `${finalDir}.previous-tmp`;

rmSync(stagingDir, { recursive: true, force: true });
const astro = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // Node options for a build at archive scale (why: scripts/lib/build-node-options.mjs).
  env: { ...process.env, ASTRO_OUT_DIR: stagingDir, NODE_OPTIONS: buildNodeOptions(process.env.NODE_OPTIONS) },
  shell: process.platform === 'win32',
});
if (astro.status !== 0) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${finalDir} was left as it was.`);
  process.exit(astro.status ?? 1);
}

rmSync(previousDir, { recursive: true, force: true });
if (existsSync(finalDir)) renameSync(finalDir, previousDir);
renameSync(stagingDir, finalDir);
rmSync(previousDir, { recursive: true, force: true });
console.log(`Built ${finalDir}`);
