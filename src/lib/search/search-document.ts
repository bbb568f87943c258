/**
 * The document Pagefind indexes for an article page: the page's own article element, made fit for searching.
 * Pagefind reads the page's HTML; what it would get wrong is fixed here, on the built page, so the article page
 * itself carries no byte for search (its size budget has none to spare):
 *
 * - every Han character a word of its own (search-text.ts says why);
 * - no `id` inside the article: Pagefind records each as an anchor (a sub-result nobody shows) in the result's
 *   fragment, which is most of its size, and cuts the text there;
 * - what the page marks `data-pagefind-ignore` (read next) is left out, so the document changes only with the article;
 * - the date line and the captions' label (圖說) are not indexed (each result shows its date on its own) and the title ends with a full stop, so
 *   an excerpt never runs title and standfirst together, nor joins them with Pagefind's Latin ". ";
 * - what each result shows and what filters and sorting need: the title, date and topics as metadata, the topics
 *   and the year as filters, the date as the sort key.
 *
 * The page is the one src/layouts/ArticleLayout.astro writes (compactly: attribute values unquoted where HTML allows,
 * src/lib/html/compact-html.ts); what is read from it is asserted here, so a change there fails the build loudly.
 */
import { decodeHTMLStrict, escapeAttribute } from 'entities';
import { SEARCH_FIELDS, TOPIC_SEPARATOR } from './search-fields';
import { spacedForIndex } from './search-text';

/** What each search result shows, and what it is filtered and ordered by. */
export interface SearchFacts {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The article's topics, in its edition's script. */
  topics: string[];
}


const BODY_MARKER = 'data-pagefind-body';
const SENTENCE_END = /[。？！…」』）]$/u;

const textOf = (html: string): string => decodeHTMLStrict(html.replace(/<[^>]*>/g, '')).trim();

/**
 * The parts of an HTML fragment outside tags, each passed through `change`. Tags are skipped whole, quoted
 * attribute values included (a `>` inside one does not end the tag).
 */
function mapText(html: string, change: (text: string) => string): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    const textEnd = open === -1 ? html.length : open;
    out += change(html.slice(at, textEnd));
    if (open === -1) break;
    let close = open + 1;
    for (let quote = ''; close < html.length; close++) {
      const char = html[close];
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') break;
    }
    out += html.slice(open, close + 1);
    at = close + 1;
  }
  return out;
}

/**
 * The fragment without the elements the page marks `data-pagefind-ignore` (the articles to read next): Pagefind
 * would skip them anyway, and left in they would make the document, and so its index part, change whenever
 * another article is published (src/integrations/search-part-cache.ts digests the documents).
 */
function withoutIgnored(html: string): string {
  const opening = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/i.exec(html);
  if (!opening) return html;
  const name = opening[1]!.toLowerCase();
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = opening.index + opening[0].length;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(0, opening.index) + withoutIgnored(html.slice(tag.index + tag[0].length));
  }
  throw new Error(`the indexed article's <${name} data-pagefind-ignore> is not closed`);
}

/** The article's day of publication (`YYYY-MM-DD`), from the line under its standfirst. */
export function articleDate(html: string): string | undefined {
  return /<p class="?meta"?>[\s\S]*?<time datetime="?(\d{4}-\d{2}-\d{2})"?/.exec(html)?.[1];
}

/** The article's facts, read from its own markup; `undefined` where the markup is not what the layout writes. */
function readFacts(article: string): Partial<SearchFacts> {
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(article)?.[1];
  const date = articleDate(article);
  const topicList = /<nav class="?article-topics"?[\s\S]*?<\/nav>/.exec(article)?.[0] ?? '';
  const topics = [...topicList.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map((match) => textOf(match[1] ?? ''));
  return { title: title === undefined ? undefined : textOf(title), date, topics };
}

const field = (attribute: string, name: string, value: string) => `<span ${attribute}="${escapeAttribute(`${name}:${value}`)}"></span>`;

/**
 * The page as Pagefind should index it, with the facts its result shows and the article's plain text (what the
 * query tables are counted from); `undefined` for a page without an article to index. `part`: the index part the
 * page goes into (src/lib/search/index-parts.ts), a filter. Throws, naming what is missing, when an article page
 * lacks its title or date.
 */
export function searchDocument(html: string, part = ''): { html: string; facts: SearchFacts; text: string } | undefined {
  const marker = html.indexOf(BODY_MARKER);
  if (marker === -1) return undefined;
  const start = html.lastIndexOf('<', marker);
  const closing = html.lastIndexOf('</article>');
  if (closing < marker) throw new Error('the indexed article has no </article>');
  const end = closing + '</article>'.length;
  const article = html.slice(start, end);
  const { title, date, topics = [] } = readFacts(article);
  if (!title) throw new Error('the indexed article has no <h1> title');
  if (!date) throw new Error('the indexed article has no date (<p class=meta><time datetime=YYYY-MM-DD>)');
  const facts: SearchFacts = { title, date, topics };

  const openingEnd = article.indexOf('>') + 1;
  const fields = [
    field('data-pagefind-meta', SEARCH_FIELDS.title, title),
    field('data-pagefind-meta', SEARCH_FIELDS.date, date),
    field('data-pagefind-meta', SEARCH_FIELDS.topics, topics.join(TOPIC_SEPARATOR)),
    field('data-pagefind-sort', SEARCH_FIELDS.date, date),
    field('data-pagefind-filter', SEARCH_FIELDS.year, date.slice(0, 4)),
    ...(part ? [field('data-pagefind-filter', SEARCH_FIELDS.part, part)] : []),
    ...topics.map((topic) => field('data-pagefind-filter', SEARCH_FIELDS.topic, topic)),
  ].join('');
  const body = withoutIgnored(article.slice(openingEnd))
    .replace(/ id=(?:"[^"]*"|'[^']*'|[^\s>]+)/g, '')
    .replace(/<p class=("?)meta\1>/, '<p class=meta data-pagefind-ignore>')
    // A caption's label (圖說) is a heading for the eye, not text: in an excerpt it would run into the caption.
    .replace(/<figcaption><b>[^<]*<\/b>/g, '<figcaption>')
    .replace('</h1>', SENTENCE_END.test(title) ? '</h1>' : '。</h1>');
  const document = `${article.slice(0, openingEnd)}${fields}${mapText(body, spacedForIndex)}`;
  return { html: `${html.slice(0, start)}${document}${html.slice(end)}`, facts, text: textOf(body) };
}
