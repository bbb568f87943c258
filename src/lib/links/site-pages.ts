/**
 * Every address the built site will have, known before a page is rendered: from the published articles (their
 * slugs, dates, topics and annotations) and the actor ids, by the same rules the routes under src/pages/ follow
 * (lists newest first with numbered pages under `page/<n>/` counted from the oldest, the actor index and the index
 * by name with their later pages under `page/<n>/`, an actor's quote lists only past one page, the series pages
 * only where some figure follows a series). What the content sync checks the articles' own links against
 * (internal-links.ts), in every edition, and what the sitemap lists (src/lib/sitemap/).
 *
 * And, for an article page, every id a link may open it at: the ids of its text (headings, annotations, placed
 * pictures, footnotes) and those its template adds from the same annotations (sidebar entries, charts, the hero).
 */
import { referencedActorIds } from '../annotations/article-model';
import { actorEntryId, figureEntryId, quoteEntryId, type ArticleAnnotations } from '../annotations/types';
import type { EditionId } from '../editions/editions';
import { PUBLISHED_EDITIONS } from '../editions/static-paths';
import { listPagePath as newestFirstPagePath, numberedPageCount } from '../paging/newest-first';
import { listPagePath } from '../paging/paged-routes';
import { LIST_PAGE_SIZE, NAME_LIST_PAGE_SIZE } from '../paging/page-size';
import {
  actorPath,
  actorQuotesPath,
  actorsByNamePath,
  actorsIndexPath,
  archiveIndexPath,
  articleHighlightsPath,
  articlePath,
  editionHomePath,
  feedPath,
  monthPath,
  searchPagePath,
  seriesIndexPath,
  seriesPath,
  topicPath,
  topicsIndexPath,
} from '../paths';
import { chartKey } from '../charts/figure-charts';

/** What the site's addresses are made from: one published article. */
export interface PublishedArticle {
  slug: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Ids of its topics (tags.yaml). */
  topicIds: readonly string[];
  annotations: ArticleAnnotations;
  /** Every id in the article's rendered text. */
  textIds: readonly string[];
  /** The hero picture's id, if there is one. */
  heroImageId?: string;
  /** Whether the article has timeline events (the timeline section of its sidebar). */
  hasTimeline: boolean;
}

export interface SitePages {
  /** Whether `path` (from the site's root, no base path: `/zh-hant/topics/oil/`) is a file of the built site. */
  has(path: string): boolean;
  /** The ids a link may open the article `slug` at, or undefined when it is not published. */
  idsOf(slug: string): ReadonlySet<string> | undefined;
  /** Every address, sorted. */
  all(): string[];
}

/** Files at the site's root beside the editions. */
const ROOT_FILES = ['/', '/404.html', '/robots.txt', '/sitemap-index.xml'];

export function sitePages(articles: readonly PublishedArticle[], actorIds: Iterable<string>): SitePages {
  const paths = new Set<string>(ROOT_FILES);
  const ids = new Map<string, ReadonlySet<string>>();
  const byTopic = countBy(articles.flatMap((article) => article.topicIds));
  const byMonth = countBy(articles.map((article) => article.date.slice(0, 7)));
  const naming = new Map<string, number>();
  const quoting = new Map<string, number>();
  const reporting = new Map<string, number>();
  const seriesPoints = countBy(articles.flatMap((article) => article.annotations.figures.flatMap((figure) => (figure.series ? [figure.series] : []))));
  for (const article of articles) {
    for (const actor of referencedActorIds(article.annotations)) naming.set(actor, (naming.get(actor) ?? 0) + 1);
    for (const quote of article.annotations.quotes) {
      for (const speaker of new Set(quote.speakers)) quoting.set(speaker, (quoting.get(speaker) ?? 0) + 1);
      if (quote.via) reporting.set(quote.via, (reporting.get(quote.via) ?? 0) + 1);
    }
    ids.set(article.slug, articlePageIds(article));
  }
  const actors = [...actorIds];

  for (const { id: edition } of PUBLISHED_EDITIONS) {
    const list = (first: string, items: number) => {
      paths.add(first);
      for (let page = 1; page <= numberedPageCount(items); page += 1) paths.add(newestFirstPagePath(first, page));
    };
    // The home lists every article but its lead.
    list(editionHomePath(edition), Math.max(0, articles.length - 1));
    paths.add(feedPath(edition));
    paths.add(searchPagePath(edition));
    for (let page = 1; page <= Math.max(1, Math.ceil(actors.length / LIST_PAGE_SIZE)); page += 1) paths.add(listPagePath(actorsIndexPath(edition), page));
    for (let page = 1; page <= Math.max(1, Math.ceil(actors.length / NAME_LIST_PAGE_SIZE)); page += 1) paths.add(listPagePath(actorsByNamePath(edition), page));
    for (const actor of actors) {
      list(actorPath(edition, actor), naming.get(actor) ?? 0);
      for (const [kind, counts] of [['quotes', quoting], ['reported', reporting]] as const) {
        const count = counts.get(actor) ?? 0;
        if (count > LIST_PAGE_SIZE) list(actorQuotesPath(edition, actor, kind), count);
      }
    }
    paths.add(topicsIndexPath(edition));
    for (const [topic, count] of byTopic) list(topicPath(edition, topic), count);
    paths.add(archiveIndexPath(edition));
    for (const [month, count] of byMonth) list(monthPath(edition, month.slice(0, 4), month.slice(5, 7)), count);
    if (seriesPoints.size > 0) paths.add(seriesIndexPath(edition));
    for (const [series, count] of seriesPoints) list(seriesPath(edition, series), count);
    for (const article of articles) addArticle(paths, edition, article.slug);
  }
  return { has: (path) => paths.has(path), idsOf: (slug) => ids.get(slug), all: () => [...paths].sort() };
}

function addArticle(paths: Set<string>, edition: EditionId, slug: string): void {
  const page = articlePath(edition, slug);
  paths.add(page);
  paths.add(`${page}annotations.json`);
  paths.add(articleHighlightsPath(edition, slug));
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The ids an article page holds: its text's, and its template's (see the module comment). */
function articlePageIds(article: PublishedArticle): Set<string> {
  const { annotations } = article;
  const actors = referencedActorIds(annotations);
  const charted = new Map<string, string>();
  for (const figure of annotations.figures) if (figure.chart && !charted.has(chartKey(figure.chart))) charted.set(chartKey(figure.chart), figure.id);
  const sections = {
    actors: actors.length,
    quotes: annotations.quotes.length,
    figures: annotations.figures.filter((figure) => !figure.chart).length,
    charts: charted.size,
    timeline: article.hasTimeline ? 1 : 0,
  };
  return new Set([
    ...article.textIds,
    'main',
    'sources-heading',
    ...Object.entries(sections).filter(([, count]) => count > 0).flatMap(([section]) => [`sidebar-${section}`, `sidebar-${section}-heading`]),
    ...actors.map(actorEntryId),
    ...annotations.quotes.map((quote) => quoteEntryId(quote.id)),
    ...annotations.figures.map((figure) => figureEntryId(figure.id)),
    ...[...charted.values()].map((figureId) => `chart-${figureId}`),
    ...(article.heroImageId ? [`image-${article.heroImageId}`] : []),
  ]);
}
