/** Listing what a built site holds. */
import { readdirSync } from 'node:fs';
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
