/**
 * Makes the Simplified edition: every response under `/zh-hans/` (pages, JSON and XML endpoints alike, including
 * routes added later) is rendered from the Traditional content and converted here, at build time for static
 * pages and per request in `astro dev`. The converter never reaches the browser. The logic lives in
 * src/lib/editions/conversion/; this is only the glue. Every HTML page, in either edition, is also written out
 * compactly here (src/lib/html/compact-html.ts).
 *
 * A page showing one article adds that article's own overrides with
 * `Astro.locals.conversionOverrides = entry.data.conversion`. Pages gathering several articles (the index, actor
 * pages) set nothing and get the site's overrides only: locals belong to one request, so nothing carries over
 * from an article page rendered before.
 */
import { defineMiddleware } from 'astro:middleware';
import { currentContentIssues } from './lib/content/current-issues';
import { ContentError } from './lib/content/locate-issues';
import { simplifiedConverter } from './lib/editions/conversion/converter';
import { convertHtml } from './lib/editions/conversion/html-tree';
import { compactHtml } from './lib/html/compact-html';
import { convertJsonText } from './lib/editions/conversion/json';
import { convertXml } from './lib/editions/conversion/xml';
import { mergeOverrides } from './lib/editions/conversion/overrides';
import { loadSiteOverrides } from './lib/editions/conversion/site-overrides';
import { editionOfPath } from './lib/editions/edition-paths';
import { SOURCE_EDITION } from './lib/editions/editions';

const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

export const onRequest = defineMiddleware(async (context, next) => {
  // `astro dev` with a content problem: every page answers with it (terminal and error overlay) until the files
  // are fixed, rather than serve what was there before. A build never gets here: its content load fails first.
  const contentIssues = currentContentIssues();
  if (contentIssues.length > 0) throw new ContentError(contentIssues);
  // Site overrides are checked on every request, so a bad file fails the build even if no page is converted.
  const siteOverrides = loadSiteOverrides(CONTENT_DIR);
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

  // Read the body before the locals: the page sets its overrides while it renders.
  const body = await response.text();
  const converter = () => simplifiedConverter(mergeOverrides(siteOverrides, context.locals.conversionOverrides));
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
