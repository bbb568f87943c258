/** Content folders made from the seed article with one thing broken, for the build's error-path tests. */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT, SITES_DIR } from './build-site';
import { SEED_MARKDOWN_FILE } from './seed';

const seed = readFileSync(SEED_MARKDOWN_FILE, 'utf8');

/** A content folder with the real actors and tags and one article, `articles/broken.md`: the seed changed by `change`. */
export function contentWith(name: string, change: (source: string) => string): { dir: string; source: string } {
  const dir = resolve(SITES_DIR, `content-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(resolve(dir, 'articles'), { recursive: true });
  cpSync(resolve(PROJECT_ROOT, 'content/actors'), resolve(dir, 'actors'), { recursive: true });
  cpSync(resolve(PROJECT_ROOT, 'content/tags.yaml'), resolve(dir, 'tags.yaml'));
  const source = change(seed);
  if (source === seed) throw new Error(`case ${name} changed nothing`);
  writeFileSync(resolve(dir, 'articles/broken.md'), source);
  return { dir, source };
}

/** 1-based line of the first occurrence of `needle`. */
export function lineOf(source: string, needle: string): number {
  const index = source.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in source`);
  return source.slice(0, index).split('\n').length;
}
