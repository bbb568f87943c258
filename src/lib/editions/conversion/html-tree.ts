/**
 * Converts a built page (a hast tree) to the Simplified edition: text and the attributes people read, nothing a
 * machine reads. Never touched: ids, hrefs, classes, `data-*`, and what kept-as-written.ts keeps (`<code>`,
 * `<pre>`, scripts and styles, anything inside an element marked `translate="no"`: original names, the edition
 * toggle's labels).
 *
 * Text is converted a block at a time (a paragraph, a heading, a list item…): the text nodes that inline elements
 * such as `<a>` or `<data>` split it into are converted as one run and mapped back onto their nodes, so a word
 * split by a tag converts as it would unsplit. `<q>` is its own run, so a quotation converts the same in the body
 * and wherever else it is shown (the quote sidebar shows it verbatim).
 *
 * An element marked as holding one article's words (`data-slug`, article-words.ts) is converted, with everything
 * inside it, by that article's converter: its own map over the site's.
 */
import type { Element, Root, RootContent, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { parseHtml, toCompactHtml } from '../../html/compact-html';
import { ARTICLE_WORDS_ATTRIBUTE, NO_ARTICLE_CONVERTERS, type ArticleConverters } from './article-words';
import type { SimplifiedConverter } from './converter';
import { serializeJsonLd } from '../../structured-data/news-article';
import { convertJsonValue } from './json';
import { isKeptElement } from './kept-as-written';


/** Inline elements whose text joins the surrounding run (`q` is left out on purpose: see above). */
const INLINE_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'mark', 'ruby', 'rp', 'rt',
  's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr', 'label',
]);

/**
 * Attributes a reader sees or hears, as hast names them: camelCase for attributes it knows, the attribute name
 * itself for newer ones it does not (`aria-description`).
 */
const READABLE_ATTRIBUTES = [
  'alt', 'title', 'ariaLabel', 'ariaDescription', 'aria-description', 'ariaRoleDescription', 'ariaPlaceholder',
  'placeholder', 'label',
];

/** `<meta name|property=… content=…>` whose content is prose. */
const READABLE_META = new Set([
  'description', 'keywords', 'application-name', 'apple-mobile-web-app-title', 'og:title', 'og:description',
  'og:site_name', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt',
  // An article's topics, in the edition's script (the Simplified page's JSON-LD keywords already are).
  'article:tag',
]);

// SVG is not kept: a chart's <title>, <desc> and <text> are read like any other text.
function isSkipped(element: Element): boolean {
  return isKeptElement(element.tagName, element.properties);
}

function isJsonLd(element: Element): boolean {
  return element.tagName === 'script' && String(element.properties.type ?? '').toLowerCase() === 'application/ld+json';
}

function convertAttributes(element: Element, converter: SimplifiedConverter): void {
  const { properties } = element;
  for (const name of READABLE_ATTRIBUTES) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = converter.convert(value);
  }
  const metaName = String(properties.name ?? properties.property ?? '').toLowerCase();
  if (element.tagName === 'meta' && READABLE_META.has(metaName) && typeof properties.content === 'string') {
    properties.content = converter.convert(properties.content);
  }
}

/** The converter for an element's words: its article's, when it is marked as holding one article's words. */
function converterOf(element: Element, converter: SimplifiedConverter, articles: ArticleConverters): SimplifiedConverter {
  const slug = element.properties[ARTICLE_WORDS_ATTRIBUTE.hast];
  return (typeof slug === 'string' && articles.forSlug(slug)) || converter;
}

/** Converts the tree in place; `articles` converts the elements that hold one article's words. */
export function convertHtmlTree(tree: Root, pageConverter: SimplifiedConverter, articles: ArticleConverters = NO_ARTICLE_CONVERTERS): void {
  const runs: { texts: Text[]; converter: SimplifiedConverter }[] = [];
  let run: Text[] = [];
  let converter = pageConverter;
  const endRun = () => {
    if (run.length > 0) runs.push({ texts: run, converter });
    run = [];
  };
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        run.push(node);
      } else if (node.type === 'element') {
        if (isJsonLd(node)) {
          const [script] = node.children;
          // Written back as the Traditional page writes it (`<` as `\u003c`): the converted text can then never close
          // the script element or open a comment inside it, whatever the text or an override holds.
          if (script?.type === 'text') script.value = serializeJsonLd(convertJsonValue(JSON.parse(script.value), converter, articles));
          continue;
        }
        if (isSkipped(node)) {
          // Text on either side of untouchable content does not form one run across it.
          endRun();
          continue;
        }
        const outer = converter;
        const own = converterOf(node, outer, articles);
        const inline = INLINE_ELEMENTS.has(node.tagName);
        // An article's words are a run of their own, converted by their own converter.
        if (!inline || own !== outer) endRun();
        converter = own;
        convertAttributes(node, converter);
        // <template> content lives in `content`, not `children`; templates are skipped above.
        visit(node.children);
        if (!inline || own !== outer) endRun();
        converter = outer;
      }
    }
  };
  visit(tree.children);
  endRun();
  for (const { texts, converter: runConverter } of runs) {
    const converted = runConverter.convertParts(texts.map((text) => text.value));
    texts.forEach((text, index) => (text.value = converted[index] ?? text.value));
  }
}

/**
 * Converts a whole HTML document (or fragment) and serialises it again: a page `compact`ly, as every page is
 * written (src/lib/html/compact-html.ts), a feed's HTML as it came.
 */
export function convertHtml(
  html: string,
  converter: SimplifiedConverter,
  { compact = false, articles = NO_ARTICLE_CONVERTERS }: { compact?: boolean; articles?: ArticleConverters } = {},
): string {
  const tree = parseHtml(html);
  convertHtmlTree(tree, converter, articles);
  return compact ? toCompactHtml(tree) : toHtml(tree);
}
