// @ts-check
/**
 * Every page of a large built site against the page budgets: HTML + CSS + JS ≤ 15 KB gzip, and no HTML file over
 * 100 KB raw. Fast enough for tens of thousands of pages: assets are found with a pattern (pages are written
 * compactly, src/lib/html/compact-html.ts, so an attribute value may stand with or without quotes) and each asset
 * is weighed once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classifyPage, listPagePaths } from '../lib/page-kinds.mjs';

const ASSET = /<(?:link[^>]*\brel="?(?:stylesheet|modulepreload)"?[\s>][^>]*\bhref|script[^>]*\bsrc)=(?:"([^"]+)"|([^"\s>]+))/g;

/**
 * @typedef {object} KindWeight
 * @property {string} kind
 * @property {number} pages
 * @property {{ path: string, bytes: number }} largestGzip Heaviest HTML + CSS + JS, gzip.
 * @property {{ path: string, bytes: number }} largestRaw Largest HTML file, raw.
 * @property {number} overGzip Pages over the gzip budget.
 * @property {{ path: string, bytes: number }[]} overGzipPages Those pages (article-budget.mjs breaks down the articles).
 * @property {number} overRaw Pages over the raw budget.
 */

/**
 * @param {string} siteDir
 * @param {{ gzipLimit: number, rawLimit: number }} limits In bytes.
 * @returns {KindWeight[]} One row per kind of page (both editions together), heaviest first.
 */
export function weighEveryPage(siteDir, limits) {
  /** @type {Map<string, number>} */
  const assetGzip = new Map();
  /** @param {string} url */
  const weighAsset = (url) => {
    let size = assetGzip.get(url);
    if (size === undefined) {
      const file = resolve(siteDir, `.${new URL(url, 'http://site/').pathname}`);
      size = existsSync(file) ? gzipSync(readFileSync(file), { level: 6 }).length : 0;
      assetGzip.set(url, size);
    }
    return size;
  };
  /** @type {Map<string, KindWeight>} */
  const kinds = new Map();
  for (const path of listPagePaths(siteDir)) {
    const file = resolve(siteDir, `.${path}`, path.endsWith('/') ? 'index.html' : '');
    const html = readFileSync(file);
    const text = html.toString('utf8');
    const assets = new Set([...text.matchAll(ASSET)].map((match) => match[1] ?? match[2] ?? '').filter((url) => url.startsWith('/')));
    const gzip = gzipSync(html, { level: 6 }).length + [...assets].reduce((sum, url) => sum + weighAsset(url), 0);
    const kind = classifyPage(path).kind;
    let row = kinds.get(kind);
    if (!row) {
      row = { kind, pages: 0, largestGzip: { path, bytes: 0 }, largestRaw: { path, bytes: 0 }, overGzip: 0, overGzipPages: [], overRaw: 0 };
      kinds.set(kind, row);
    }
    row.pages += 1;
    if (gzip > row.largestGzip.bytes) row.largestGzip = { path, bytes: gzip };
    if (html.length > row.largestRaw.bytes) row.largestRaw = { path, bytes: html.length };
    if (gzip > limits.gzipLimit) {
      row.overGzip += 1;
      row.overGzipPages.push({ path, bytes: gzip });
    }
    if (html.length > limits.rawLimit) row.overRaw += 1;
  }
  return [...kinds.values()].sort((a, b) => b.largestGzip.bytes - a.largestGzip.bytes);
}
