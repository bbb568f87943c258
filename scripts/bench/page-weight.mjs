// @ts-check
/**
 * Page weight of one page of each kind: the HTML and every file it makes the browser load (stylesheets, scripts,
 * images, icons), raw and gzipped (zlib level 6, what CDNs use by default). Pictures are counted as the `src`
 * a browser without srcset support would load.
 *
 * Beside it, what the page's scripts load when a reader first uses what they serve (the card that explains a mark,
 * the edition switch): every `/_astro/…` script or stylesheet named in a script the page loads, and in those in
 * turn. Not part of the page's own weight (nothing loads it until then), it counts in the JavaScript budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { representativePages } from '../lib/page-kinds.mjs';

/** @typedef {'html' | 'css' | 'js' | 'images'} Part */
/** @typedef {{ raw: number, gzip: number }} Size */
/**
 * @typedef {object} PageWeight
 * @property {string} path
 * @property {string} kind
 * @property {string | undefined} edition
 * @property {Record<Part, Size>} parts
 * @property {Size} textTotal HTML + CSS + JS: what the reader waits for before the page can render.
 * @property {Record<'js' | 'css', Size>} onUse What the page's scripts load when first used.
 * @property {string[]} onUseFiles Their addresses.
 */

/** @param {Buffer} bytes @returns {Size} */
function sizeOf(bytes) {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length };
}

/**
 * @param {string} siteDir
 * @param {string} path URL path of the page
 * @returns {PageWeight & { missing: string[] }}
 */
export function weighPage(siteDir, path) {
  const file = resolve(siteDir, `.${path}`, path.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file);
  const tree = fromHtml(html.toString('utf8'));
  /** @type {Record<Part, Set<string>>} */
  const wanted = { html: new Set(), css: new Set(), js: new Set(), images: new Set() };
  for (const link of selectAll('link[rel~=stylesheet][href]', tree)) wanted.css.add(String(link.properties.href));
  for (const link of selectAll('link[rel~=modulepreload][href]', tree)) wanted.js.add(String(link.properties.href));
  for (const script of selectAll('script[src]', tree)) wanted.js.add(String(script.properties.src));
  for (const image of selectAll('img[src]', tree)) wanted.images.add(String(image.properties.src));
  for (const icon of selectAll('link[rel~=icon][href]', tree)) wanted.images.add(String(icon.properties.href));

  /** @type {Record<Part, Size>} */
  const parts = { html: sizeOf(html), css: zero(), js: zero(), images: zero() };
  const missing = [];
  for (const part of /** @type {Part[]} */ (['css', 'js', 'images'])) {
    for (const url of wanted[part]) {
      if (/^[a-z]+:/i.test(url) && !url.startsWith('/')) continue; // another host: the site has none, by design
      const local = resolve(siteDir, `.${new URL(url, `http://site${path}`).pathname}`);
      if (!existsSync(local)) {
        missing.push(url);
        continue;
      }
      const size = sizeOf(readFileSync(local));
      parts[part] = { raw: parts[part].raw + size.raw, gzip: parts[part].gzip + size.gzip };
    }
  }
  const textTotal = ['html', 'css', 'js'].reduce(
    (sum, part) => ({ raw: sum.raw + parts[/** @type {Part} */ (part)].raw, gzip: sum.gzip + parts[/** @type {Part} */ (part)].gzip }),
    zero(),
  );
  const { onUse, onUseFiles } = loadedOnUse(siteDir, [...wanted.js]);
  const page = representativePages(siteDir).find((candidate) => candidate.path === path);
  return { path, kind: page?.kind ?? 'page', edition: page?.edition, parts, textTotal, onUse, onUseFiles, missing };
}

/** A built file named inside a script: `/_astro/mark-card-view-Ab12.js`, `/news/_astro/mark-card-Cd34.css`. */
const NAMED_ASSET = /(?:\/[\w.-]+)*\/_astro\/[\w.-]+\.(?:js|css)/g;

/**
 * The scripts and stylesheets `scripts` (addresses of the page's own) name, and those the named scripts name in turn.
 * @param {string} siteDir
 * @param {string[]} scripts
 * @returns {{ onUse: Record<'js' | 'css', Size>, onUseFiles: string[] }}
 */
function loadedOnUse(siteDir, scripts) {
  const onUse = { js: zero(), css: zero() };
  const seen = new Set(scripts);
  const queue = [...scripts];
  const onUseFiles = [];
  while (queue.length > 0) {
    const script = /** @type {string} */ (queue.shift());
    const file = resolve(siteDir, `.${new URL(script, 'http://site/').pathname}`);
    if (!existsSync(file)) continue;
    for (const [named] of readFileSync(file, 'utf8').matchAll(NAMED_ASSET)) {
      if (seen.has(named)) continue;
      seen.add(named);
      const local = resolve(siteDir, `.${named.slice(named.indexOf('/_astro/'))}`);
      if (!existsSync(local)) continue;
      const part = named.endsWith('.css') ? 'css' : 'js';
      const size = sizeOf(readFileSync(local));
      onUse[part] = { raw: onUse[part].raw + size.raw, gzip: onUse[part].gzip + size.gzip };
      onUseFiles.push(named);
      if (part === 'js') queue.push(named);
    }
  }
  return { onUse, onUseFiles };
}

/** @returns {Size} */
function zero() {
  return { raw: 0, gzip: 0 };
}

/**
 * One page of every kind in every edition.
 * @param {string} siteDir
 */
export function weighSite(siteDir) {
  return representativePages(siteDir).map((page) => weighPage(siteDir, page.path));
}
