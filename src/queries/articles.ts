/**
 * The only place pages read the articles collection. Articles are rendered once, while the collection loads
 * (src/loaders/content-loader.ts); Astro keeps the HTML in its data store, so `render(entry)` here only wraps it.
 * Nothing is memoised per article: a page gets its article, uses it and lets it go, so a build's memory does not
 * grow with every article page it has written (list pages read summaries instead: src/queries/archive.ts).
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildArticleModel, referencedActorIds, type ArticleModel } from '../lib/annotations/article-model';
import { ArticleAnnotationsSchema, type ArticleAnnotations } from '../lib/annotations/types';
import { TimelineSchema, type DatedEvent } from '../lib/timeline/dated-event';
import type { Topic } from '../lib/topics/tag-vocabulary';
import { devMemo, servingLiveStore } from '../lib/content/live-store';
import { previewsUnpublished } from '../inputs/preview-mode';
import { siteInputs } from '../inputs/site-inputs';
import { publicationInstant, publicationState, type PublicationState } from '../lib/publication/publication-time';
import { actorRecords } from './actors';
import { topicsOfTags } from './topics';

export type ArticleEntry = CollectionEntry<'articles'>;
/** An article's frontmatter as pages get it: image files resolved to Astro image metadata. */
export type ArticleData = ArticleEntry['data'];
export type ArticleImage = ArticleData['images'][number];

/**
 * The articles the site publishes, newest first (ties by publication time, then slug, so the order never depends
 * on the file system). This is the one place where drafts and embargoes are decided: every page, list, count,
 * feed, sitemap entry, search record and annotations.json comes from these entries, so an article held back here
 * is held back everywhere. A build publishes what its clock has reached (src/inputs/build-clock.ts);
 * `astro dev` previews drafts and embargoed articles too, each page marked as such (ArticleHeader).
 */
export function listArticles(): Promise<ArticleEntry[]> {
  // `astro dev`: one list per content change, however many routes and pages ask (src/lib/content/live-store.ts);
  // a build lists them afresh for each caller, as it always has.
  return servingLiveStore() ? articlesOfContent() : readArticles();
}

const articlesOfContent = devMemo(readArticles);

async function readArticles(): Promise<ArticleEntry[]> {
  const preview = previewsUnpublished();
  const { now } = siteInputs().clock;
  const entries = await getCollection('articles', (entry) => preview || publicationState(entry.data, now) === 'published');
  return entries.sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || publicationInstant(b.data) - publicationInstant(a.data) || a.id.localeCompare(b.id),
  );
}

/** Whether the article is published, a draft, or held back by its embargo, by the build's clock. */
export function articlePublication(entry: ArticleEntry): PublicationState {
  return publicationState(entry.data, siteInputs().clock.now);
}

/** What the Markdown plugins collected while the article was rendered (`remarkPluginFrontmatter`). */
function pluginFrontmatter(entry: ArticleEntry): Record<string, unknown> {
  // Astro types `rendered.metadata` loosely; the frontmatter is the plugins' output, validated by the callers.
  const metadata = entry.rendered?.metadata as { frontmatter?: Record<string, unknown> } | undefined;
  const frontmatter = metadata?.frontmatter;
  if (!frontmatter) throw new Error(`${entry.filePath}: the article was not rendered while the collection loaded`);
  return frontmatter;
}

/** The annotations the remark plugin collected, validated: it fails loudly when they do not match the schema. */
export function articleAnnotations(entry: ArticleEntry): ArticleAnnotations {
  const parsed = ArticleAnnotationsSchema.safeParse(pluginFrontmatter(entry).annotations);
  if (!parsed.success) {
    throw new Error(`${entry.filePath}: the annotations the Markdown plugin collected are invalid:\n${parsed.error.message}`);
  }
  return parsed.data;
}

/** An article ready for its own pages: rendered, annotations validated, every actor it names resolved. */
export interface LoadedArticle {
  entry: ArticleEntry;
  slug: string;
  data: ArticleEntry['data'];
  Content: RenderedArticle['Content'];
  /** The annotations as the remark plugin collected them, validated. */
  annotations: ArticleAnnotations;
  /** Annotations joined with actor records: what the sidebars and annotations.json show. */
  model: ArticleModel;
  /** Dated events marked with `:date`, in the order of the text. */
  timeline: DatedEvent[];
  /** The article's tags as topics, in the order written. */
  topics: Topic[];
  /** `published`, or (only in `astro dev`, which previews them) `draft` or `embargoed`. */
  publication: PublicationState;
}

type RenderedArticle = Awaited<ReturnType<typeof render>>;

/**
 * The single source for an article's page and open data. Fails loudly when the plugin's output does not match
 * its schema or an actor id does not resolve: the content sync checked both, so either is a bug.
 */
export async function loadArticle(entry: ArticleEntry): Promise<LoadedArticle> {
  const { Content } = await render(entry);
  const annotations = articleAnnotations(entry);
  const timeline = TimelineSchema.safeParse(pluginFrontmatter(entry).timeline ?? []);
  if (!timeline.success) {
    throw new Error(`${entry.filePath}: the dates the Markdown plugin collected are invalid:\n${timeline.error.message}`);
  }
  const actors = await actorRecords(referencedActorIds(annotations), entry.filePath ?? entry.id);
  return {
    entry,
    slug: entry.id,
    data: entry.data,
    Content,
    annotations,
    model: buildArticleModel(annotations, actors, entry.data.roles),
    timeline: timeline.data,
    topics: topicsOfTags(entry.data.tags),
    publication: articlePublication(entry),
  };
}

/**
 * Slug → the article's own `conversion` map, for every published article that has one: what the middleware
 * converts an article's words with wherever a page shows them (src/lib/editions/conversion/article-words.ts).
 * Read once per build; `astro dev` reads it again once per content change.
 */
export const articleConversionMaps: () => Promise<ReadonlyMap<string, Readonly<Record<string, string>>>> = devMemo(readConversionMaps);

async function readConversionMaps(): Promise<ReadonlyMap<string, Readonly<Record<string, string>>>> {
  const entries = await listArticles();
  return new Map(entries.filter((entry) => Object.keys(entry.data.conversion).length > 0).map((entry) => [entry.id, entry.data.conversion]));
}
