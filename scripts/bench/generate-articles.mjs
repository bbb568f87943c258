// @ts-check
/**
 * A content folder of N articles made from the seed: the same Markdown under new slugs (`bench-0001`…), and the
 * project's actors, so the build does the same work per article as for the real one.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const SEED_ARTICLE = resolve(PROJECT_ROOT, 'content/articles/venezuela-china-russia-allies.md');

/**
 * @param {string} contentDir Emptied, then filled with `articles/` and `actors/`.
 * @param {number} count
 */
export function generateContent(contentDir, count) {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  cpSync(resolve(PROJECT_ROOT, 'content/actors'), join(contentDir, 'actors'), { recursive: true });
  const seed = readFileSync(SEED_ARTICLE, 'utf8');
  for (let index = 1; index <= count; index++) {
    writeFileSync(join(contentDir, 'articles', `bench-${String(index).padStart(4, '0')}.md`), seed);
  }
}
