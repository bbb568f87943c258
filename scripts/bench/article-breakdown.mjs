// @ts-check
/**
 * Where an article page's gzip bytes go: for each part of the page, how many bytes the gzipped HTML loses when
 * that part is left out. gzip shares repeated text across the page, so the parts do not add up to the whole; each
 * number is what that part costs on top of everything else, the figure that matters when deciding what to cut.
 */
import { gzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

/** The parts of an article page, by the elements that make them up. */
export const ARTICLE_PARTS = [
  ['JSON-LD (NewsArticle: the actors shown open as mentions)', 'script[type="application/ld+json"]'],
  ['other head (title, meta, Open Graph, alternates, links)', 'head > :not(script[type="application/ld+json"])'],
  ['site header and footer', 'body > .skip-link, .site-header, .site-footer'],
  ['article header (title, dek, byline, date)', '.article-header'],
  ['article text, with its annotation marks', '.article-body'],
  ['sources and image credits', '.article-footer'],
  ['sidebar index and marks switch', '.sidebar-index'],
  ['sidebar: actors', '.article-sidebars .actor-list'],
  ['sidebar: quotes', '.article-sidebars .quote-list'],
  ['sidebar: key figures', '.article-sidebars .figure-list'],
  ['sidebar: charts', '.article-sidebars .chart-list'],
  ['sidebar: timeline', '.article-sidebars .timeline'],
  ['the mark card, empty until a reader opens one (its words and kinds)', '#mark-card'],
];

/**
 * Removes the given elements wherever they are in the tree.
 * @param {any} node
 * @param {Set<unknown>} unwanted
 */
function prune(node, unwanted) {
  if (!node.children) return;
  node.children = node.children.filter((/** @type {any} */ child) => !unwanted.has(child));
  for (const child of node.children) prune(child, unwanted);
}

/** @param {string} html */
const gzipSize = (html) => gzipSync(html, { level: 6 }).length;

/** Pages are written compactly (src/lib/html/compact-html.ts): each variant is written the same way. */
/** @param {any} tree */
const serialize = (tree) => toHtml(tree, { preferUnquoted: true, omitOptionalTags: true });

/** The sidebars and their index: what the styling hooks in them cost is measured apart. */
const SIDEBARS = '.sidebar-index, .article-sidebars';

/**
 * @param {string} html An article page as built.
 * @returns {{ whole: number, parts: { part: string, gzip: number }[] }}
 */
export function articleBreakdown(html) {
  const whole = gzipSize(serialize(fromHtml(html)));
  const parts = ARTICLE_PARTS.map(([part, selector]) => {
    const tree = fromHtml(html);
    prune(tree, new Set(selectAll(selector, tree)));
    return { part, gzip: whole - gzipSize(serialize(tree)) };
  });
  // How much of the sidebars is classes and ARIA names, as opposed to words, anchors and links.
  const bare = fromHtml(html);
  for (const root of selectAll(SIDEBARS, bare)) {
    for (const element of [root, ...selectAll('*', root)]) {
      for (const name of Object.keys(element.properties)) if (name === 'className' || name.startsWith('aria')) delete element.properties[name];
    }
  }
  parts.push({ part: 'of the sidebars above: their classes and ARIA attributes', gzip: whole - gzipSize(serialize(bare)) });
  return { whole, parts };
}
