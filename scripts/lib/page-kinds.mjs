// @ts-check
/**
 * Sorts the pages of a built site into kinds (edition home, article, actor…), so the browser tests and the bench
 * cover one page of every kind in every edition, and pick up new kinds as the site grows without being edited.
 */
import { readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/**
 * @typedef {object} SitePage
 * @property {string} path URL path, e.g. `/zh-hant/articles/<slug>/` or `/404.html`.
 * @property {string} kind e.g. `article`; pages of one kind share a template.
 * @property {string | undefined} edition e.g. `zh-hant`; undefined for pages outside the editions.
 */

/**
 * URL paths of every HTML page under `siteDir`, sorted.
 * @param {string} siteDir
 * @returns {string[]}
 */
export function listPagePaths(siteDir) {
  const root = resolve(siteDir);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(root, resolve(root, file)).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/**
 * @param {string} path A URL path as listPagePaths gives it.
 * @returns {SitePage}
 */
export function classifyPage(path) {
  if (path === '/') return { path, kind: 'root', edition: undefined };
  if (path === '/404.html') return { path, kind: 'not found', edition: undefined };
  const [edition, section, item, ...rest] = path.split('/').filter(Boolean);
  if (section === undefined) return { path, kind: 'edition home', edition };
  if (rest.length === 0 && item !== undefined) {
    const singular = { articles: 'article', actors: 'actor', tags: 'tag' }[section];
    return { path, kind: singular ?? `${section} item`, edition };
  }
  if (item === undefined) return { path, kind: `${section} index`, edition };
  return { path, kind: 'other', edition };
}

/**
 * The first page (in path order) of each kind in each edition.
 * @param {string} siteDir
 * @returns {SitePage[]}
 */
export function representativePages(siteDir) {
  /** @type {Map<string, SitePage>} */
  const chosen = new Map();
  for (const page of listPagePaths(siteDir).map(classifyPage)) {
    const key = `${page.kind}|${page.edition ?? ''}`;
    if (!chosen.has(key)) chosen.set(key, page);
  }
  return [...chosen.values()];
}
