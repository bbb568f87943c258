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
 */
import { defineMiddleware } from 'astro:middleware';
import { currentContentIssues } from './lib/content/current-issues';
import { ContentError } from './lib/content/locate-issues';
import { simplifiedConverter } from './lib/editions/conversion/converter';
import { convertHtml } from './lib/editions/conversion/html-tree';
import { compactHtml } from './lib/html/compact-html';
import { convertJsonText } from './lib/editions/conversion/json';
import { convertXml } from './lib/editions/conversion/xml';
import { mergeOverrides, type ConversionOverrides } from './lib/editions/conversion/overrides';
import { editionOfPath } from './lib/editions/edition-paths';
import { SOURCE_EDITION } from './lib/editions/editions';
import { siteInputs } from './inputs/site-inputs';

/** The overrides of the article a route shows: the `entry` its props carry, if that is an article. */
function articleOverrides(props: Record<string, unknown>): ConversionOverrides | undefined {
  const entry = props.entry as { collection?: unknown; data?: { conversion?: ConversionOverrides } } | undefined;
  return entry?.collection === 'articles' ? entry.data?.conversion : undefined;
}

export const onRequest = defineMiddleware(async (context, next) => {
  // `astro dev` with a content problem: every page answers with it (terminal and error overlay) until the files
  // are fixed, rather than serve what was there before. A build never gets here: its content load fails first.
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
  const output = !converting
    ? compactHtml(body)
    : isHtml
      ? convertHtml(body, converter(), { compact: true })
      : isJson
        ? convertJsonText(body, converter())
        : convertXml(body, converter());
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(output, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});
