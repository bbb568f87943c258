/**
 * The digest of the site's code that Astro's incremental build cannot see on its own. Astro hashes each route's
 * module graph and renders a route's pages again when it changes, but the middleware (which converts the
 * Simplified edition and writes every page compactly), the content loader and the Markdown pipeline run outside
 * those graphs. astro.config.mjs passes this digest as a `vite.define` value, which is part of the config hash
 * Astro keeps with its cache: when any of this code changes, the whole cache is set aside and every page is
 * rendered again, as a cold build would. Code changes are rare next to publishing; a stale page is never right.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What is digested, from the project's root: the code, the config, and the patches applied to packages. */
export const SOURCE_PATHS = ['src', 'astro.config.mjs', 'patches', 'tsconfig.json'];

/** Hex SHA-256 over each file's path and bytes, in a stable order. */
export function sourceDigest(root, paths = SOURCE_PATHS) {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((path) => filesUnder(join(root, path))).sort()) {
    hash.update(`${relative(root, file)}\n`);
    hash.update(readFileSync(file));
    hash.update('\n');
  }
  return hash.digest('hex');
}

function filesUnder(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return [];
  if (stats.isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
