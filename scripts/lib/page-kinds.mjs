// @ts-check
/**
 * Sorts the pages of a built site into kinds (edition home, article, actor, topic, archive month…), so the browser
 * tests and the bench cover one page of every kind in every edition, and pick up new kinds as the site grows
 * without being edited. The later pages of a paged list (`…/page/2/`) are a kind of their own (`topic, later
 * page`): they carry previous-page links and a heading with the page number that the first page does not.
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

/** One item of a section: `articles/<slug>` is an article. */
const SINGULAR = /** @type {Record<string, string>} */ ({ articles: 'article', actors: 'actor', topics: 'topic', tags: 'tag', series: 'series' });

/** Lists of a section that stand where an item would (`actors/names/` is no actor): section/name → kind. */
const SECTION_LISTS = /** @type {Record<string, string>} */ ({ 'actors/names': 'actors by name' });

/**
 * @param {string} path A URL path as listPagePaths gives it.
 * @returns {SitePage}
 */
export function classifyPage(path) {
  if (path === '/') return { path, kind: 'root', edition: undefined };
  const segments = path.split('/').filter(Boolean);
  // `/404.html` answers for the whole site, `/<edition>/404.html` for its edition.
  if (segments.at(-1) === '404.html') return { path, kind: 'not found', edition: segments.length === 2 ? segments[0] : undefined };
  // `…/page/<n>/`: a later page of the list before it.
  const later = segments.length >= 3 && segments.at(-2) === 'page' && /^\d+$/.test(segments.at(-1) ?? '');
  const [edition, section, item, ...rest] = later ? segments.slice(0, -2) : segments;
  const kind = kindOf(section, item, rest);
  return { path, kind: later ? `${kind}, later page` : kind, edition };
}

/**
 * @param {string | undefined} section
 * @param {string | undefined} item
 * @param {string[]} rest
 */
function kindOf(section, item, rest) {
  if (section === undefined) return 'edition home';
  if (item === undefined) return `${section} index`;
  if (section === 'archive' && /^\d{4}$/.test(item) && rest.length === 1 && /^\d{2}$/.test(rest[0] ?? '')) return 'archive month';
  const list = SECTION_LISTS[`${section}/${item}`];
  if (list && rest.length === 0) return list;
  const singular = SINGULAR[section] ?? `${section} item`;
  if (rest.length === 0) return singular;
  // `actors/<id>/quotes/`: a list of the item's own.
  if (rest.length === 1) return `${singular} ${rest[0]}`;
  return 'other';
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
