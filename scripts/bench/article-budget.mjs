// @ts-check
/**
 * The article budget at archive scale. The 15 KB budget (HTML + CSS + JS gzip) is explained on one page, the seed
 * article's (docs/benchmarks-pages.md). A generated article is made of the seed's paragraphs in other numbers, so
 * its own text may weigh more or less than the seed's; everything else on the page (head, JSON-LD, sidebars, read
 * next, stylesheets, script) is what the site adds around a text. The honest budget for any article is then:
 *
 *   what the page carries beyond its own text ≤ what the seed page may carry beyond its own text
 *   (15,360 B − the seed's text), i.e. a page over 15 KB is over by its own text alone, or it misses.
 *
 * Its own text = the gzip bytes the page's HTML loses when `.article-body` (the text, with its annotation marks)
 * is left out, the same measure as article-breakdown.mjs. Only pages over 15 KB are broken down (two parses each):
 * a page within 15 KB is within the budget whatever its text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

/** @param {string} html */
const gzipSize = (html) => gzipSync(html, { level: 6 }).length;
/** Pages are written compactly (src/lib/html/compact-html.ts): so is each variant. @param {any} tree */
const serialize = (tree) => toHtml(tree, { preferUnquoted: true, omitOptionalTags: true });

/**
 * Removes the elements matching `selector` from the tree.
 * @param {any} tree
 * @param {string} selector
 */
function without(tree, selector) {
  const unwanted = new Set(selectAll(selector, tree));
  /** @param {any} node */
  const prune = (node) => {
    if (!node.children) return;
    node.children = node.children.filter((/** @type {any} */ child) => !unwanted.has(child));
    for (const child of node.children) prune(child);
  };
  prune(tree);
  return tree;
}

/**
 * What an article page's HTML spends on its own text and on the articles to read next: the gzip bytes it loses
 * without each (gzip shares text across the page, so each is its cost on top of the rest).
 * @param {string} html
 * @returns {{ text: number, readNext: number }}
 */
export function articleCosts(html) {
  const whole = gzipSize(serialize(fromHtml(html)));
  return {
    text: whole - gzipSize(serialize(without(fromHtml(html), '.article-body'))),
    readNext: whole - gzipSize(serialize(without(fromHtml(html), '#read-next'))),
  };
}

/**
 * @typedef {object} SeedReference The seed article's page as the site's own content builds it.
 * @property {string} path
 * @property {number} gzip HTML + CSS + JS gzip.
 * @property {number} text Its text's cost.
 * @property {number} limit The article budget, in bytes.
 * @property {number} allowance What any article page may carry beyond its own text: limit − text.
 * @property {string[]} sheets The bundled stylesheets it links, by name (`global`), hash left out.
 */

/**
 * @typedef {object} ArticleOver An article page over the flat limit, broken down.
 * @property {string} path
 * @property {number} gzip
 * @property {number} text Its text's cost.
 * @property {number} beyondText gzip − text: what the page carries beyond its text.
 * @property {number} readNext What its read next costs.
 * @property {string[]} extraSheets Bundled stylesheets it links that the seed page does not (by name).
 * @property {number} extraSheetsGzip Their gzip bytes.
 */

/**
 * @typedef {object} ArticleJudgement
 * @property {SeedReference} seed
 * @property {number} pages Article pages weighed.
 * @property {number} overLimit Pages over the flat limit.
 * @property {number} overByTextAlone Of those, over by their own text alone (within the allowance beyond it).
 * @property {ArticleOver[]} misses Over the limit and over the allowance beyond their text, heaviest beyond it first.
 * @property {ArticleOver | undefined} heaviest The page over the limit carrying the most beyond its text.
 * @property {{ text: number, beyondText: number, readNext: number }} medianOver Medians over the pages over the limit.
 */

/**
 * Judges every article page over the flat limit against the seed page's allowance.
 * @param {string} siteDir
 * @param {{ path: string, bytes: number }[]} overLimit Article pages over the limit (page-budgets.mjs), HTML + CSS + JS gzip.
 * @param {number} pages Article pages weighed.
 * @param {SeedReference} seed
 * @returns {ArticleJudgement}
 */
export function judgeArticles(siteDir, overLimit, pages, seed) {
  const broken = overLimit.map(({ path, bytes }) => {
    const html = readFileSync(resolve(siteDir, `.${path}`, 'index.html'), 'utf8');
    const { text, readNext } = articleCosts(html);
    const extra = bundledSheets(html).filter(({ name }) => !seed.sheets.includes(name));
    const extraSheetsGzip = extra.reduce((sum, { href }) => sum + gzipSync(readFileSync(resolve(siteDir, `.${href}`)), { level: 6 }).length, 0);
    return { path, gzip: bytes, text, beyondText: bytes - text, readNext, extraSheets: extra.map(({ name }) => name), extraSheetsGzip };
  });
  const misses = broken.filter((page) => page.beyondText > seed.allowance).sort((a, b) => b.beyondText - a.beyondText);
  const heaviest = [...broken].sort((a, b) => b.beyondText - a.beyondText)[0];
  /** @param {(page: ArticleOver) => number} measure */
  const median = (measure) => {
    const values = broken.map(measure).sort((a, b) => a - b);
    return values.length > 0 ? (values[Math.floor((values.length - 1) / 2)] ?? 0) : 0;
  };
  return {
    seed,
    pages,
    overLimit: broken.length,
    overByTextAlone: broken.length - misses.length,
    misses,
    heaviest,
    medianOver: { text: median((page) => page.text), beyondText: median((page) => page.beyondText), readNext: median((page) => page.readNext) },
  };
}

/**
 * The stylesheets Vite bundled that a page links (`/_astro/global.AbC12.css`), with their names (`global`).
 * @param {string} html
 */
function bundledSheets(html) {
  return [...html.matchAll(/<link[^>]*\brel="?stylesheet"?[^>]*\bhref="?([^"\s>]*\/_astro\/([\w-]+)\.[\w-]+\.css)/g)].map((match) => ({
    href: match[1] ?? '',
    name: match[2] ?? '',
  }));
}

/**
 * The seed page's reference from its built HTML and its weight.
 * @param {string} path
 * @param {string} html
 * @param {number} gzip HTML + CSS + JS gzip.
 * @param {number} limit
 * @returns {SeedReference}
 */
export function seedReference(path, html, gzip, limit) {
  const { text } = articleCosts(html);
  return { path, gzip, text, limit, allowance: limit - text, sheets: bundledSheets(html).map(({ name }) => name) };
}
