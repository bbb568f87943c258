/**
 * Makes the Simplified edition: every response under `/zh-hans/` (pages, JSON and XML endpoints alike, including
 * routes added later) is rendered from the Traditional content and converted here, at build time for static
 * pages and per request in `astro dev`. The converter never reaches the browser. The logic lives in
 * src/lib/editions/conversion/; this is only the glue. Every HTML page, in either edition, is also written out
 * compactly here (src/lib/html/compact-html.ts).
 *
 * Overrides come from what the response shows: the site's (content/conversion.yaml, through the site's inputs),
 * and, for a route whose `getStaticPaths` hands it an article entry (the article page, its annotations.json and
 * anything added beside them), that article's own `conversion` map on top. No route has to remember to ask.
 * Where any page shows another article's words (a list card, an actor page's row, a feed item, a search record),
 * the element holding them is marked with the article's slug (src/lib/editions/conversion/article-words.ts) and
 * converted with that article's map: the maps of all articles are read once per build (articleConversionMaps).
 */
import { defineMiddleware } from 'astro:middleware';
import { contentSettled, currentContentIssues } from './lib/content/current-issues';
import { ContentError } from './lib/content/locate-issues';
import { simplifiedConverter, type SimplifiedConverter } from './lib/editions/conversion/converter';
import { convertHtmlTree } from './lib/editions/conversion/html-tree';
import { parseHtml, toCompactHtml } from './lib/html/compact-html';
import { keepMiddleDotsTogether } from './lib/typography/middle-dots';
import { convertJsonText } from './lib/editions/conversion/json';
import { convertXml } from './lib/editions/conversion/xml';
import { articleConverters, type ArticleConverters } from './lib/editions/conversion/article-words';
import { mergeOverrides, type ConversionOverrides } from './lib/editions/conversion/overrides';
import { editionOfPath } from './lib/editions/edition-paths';
import { SOURCE_EDITION, type Edition } from './lib/editions/editions';
import { articlePath, withBase } from './lib/paths';
import { siteInputs } from './inputs/site-inputs';
import { articleConversionMaps } from './queries/articles';

/** The overrides of the article a route shows: the `entry` its props carry, if that is an article. */
function articleOverrides(props: Record<string, unknown>): ConversionOverrides | undefined {
  const entry = props.entry as { collection?: unknown; data?: { conversion?: ConversionOverrides } } | undefined;
  return entry?.collection === 'articles' ? entry.data?.conversion : undefined;
}

/** A page as it is written out: converted (the Simplified edition), names kept whole at their dots, compact. */
function writePage(html: string, converter: SimplifiedConverter | undefined, articles: ArticleConverters | undefined): string {
  const tree = parseHtml(html);
  if (converter) convertHtmlTree(tree, converter, articles);
  keepMiddleDotsTogether(tree);
  return toCompactHtml(tree);
}

const convertersByMaps = new WeakMap<object, Map<string, ArticleConverters>>();

/** The converters of the articles with a map of their own, for one edition: made once per build and edition. */
async function articlesWithMaps(edition: Edition): Promise<ArticleConverters> {
  const maps = await articleConversionMaps();
  const site = siteInputs().conversion;
  let byEdition = convertersByMaps.get(maps);
  if (!byEdition) {
    byEdition = new Map();
    convertersByMaps.set(maps, byEdition);
  }
  let converters = byEdition.get(edition.id);
  if (!converters) {
    converters = articleConverters(
      maps,
      (articleMap) => simplifiedConverter(mergeOverrides(site, articleMap)),
      (slug) => withBase(import.meta.env.BASE_URL, articlePath(edition.id, slug)),
    );
    byEdition.set(edition.id, converters);
  }
  return converters;
}

export const onRequest = defineMiddleware(async (context, next) => {
  // `astro dev` with a content problem: every page answers with it (terminal and error overlay) until the files
  // are fixed, rather than serve what was there before. A build never gets here: its content load fails first.
  // While a save is being read again, the answer waits for what that read finds.
  await contentSettled();
  const contentIssues = currentContentIssues();
  if (contentIssues.length > 0) throw new ContentError(contentIssues);
  const response = await next();
  if (!response.ok) return response;
  const edition = editionOfPath(context.url.pathname, import.meta.env.BASE_URL);
  const converting = edition !== undefined && edition.id !== SOURCE_EDITION.id;

  const type = response.headers.get('content-type') ?? '';
  const isHtml = type.includes('text/html');
  const isJson = type.includes('json') || context.url.pathname.endsWith('.json');
  const isXml = !isJson && (type.includes('xml') || context.url.pathname.endsWith('.xml'));
  // Every page is written out compactly (src/lib/html/compact-html.ts); other files only change when converted.
  if (!isHtml && !(converting && (isJson || isXml))) return response;

  const body = await response.text();
  const converter = () => simplifiedConverter(mergeOverrides(siteInputs().conversion, articleOverrides(context.props)));
  const articles = converting && edition ? await articlesWithMaps(edition) : undefined;
  const output = isHtml
    ? writePage(body, converting ? converter() : undefined, articles)
    : isJson
      ? convertJsonText(body, converter(), articles)
      : convertXml(body, converter(), articles);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(output, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});
