/** Listing what a built site holds. */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** Every file under `dir`, as site paths (`/zh-hant/articles/x/index.html`). */
export function siteFiles(siteDir: string, dir = siteDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    return entry.isDirectory() ? siteFiles(siteDir, path) : [`/${relative(siteDir, path)}`];
  });
}

/** Page addresses (`/zh-hant/articles/x/`) of every HTML page under an edition's folder. */
export function editionPages(siteDir: string, editionId: string): string[] {
  return siteFiles(siteDir)
    .filter((file) => file.startsWith(`/${editionId}/`) && file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length))
    .sort();
}

/** How two built sites differ: files only in one of them, and files whose bytes differ. Empty when identical. */
export function siteDifferences(first: string, second: string): string[] {
  const inFirst = siteFiles(first).sort();
  const inSecond = new Set(siteFiles(second));
  const onlyFirst = inFirst.filter((file) => !inSecond.has(file)).map((file) => `only in the first build: ${file}`);
  const firstSet = new Set(inFirst);
  const onlySecond = [...inSecond].sort().filter((file) => !firstSet.has(file)).map((file) => `only in the second build: ${file}`);
  const changed = inFirst
    .filter((file) => inSecond.has(file))
    .filter((file) => !readFileSync(resolve(first, `.${file}`)).equals(readFileSync(resolve(second, `.${file}`))))
    .map((file) => `differs: ${file}`);
  return [...onlyFirst, ...onlySecond, ...changed];
}
