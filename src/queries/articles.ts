/**
 * The only place pages read the articles collection. Each article is rendered once per build, however many
 * editions and pages use it.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { buildArticleModel, referencedActorIds, type ActorRecord, type ArticleModel } from '../lib/annotations/article-model';
import { AnnotationsSchema, type AnnotationsData } from '../schemas/annotations';
import { TimelineSchema, type TimelineData } from '../schemas/timeline';

export type ArticleEntry = CollectionEntry<'articles'>;
/** An article's frontmatter as pages get it: image files resolved to Astro image metadata. */
export type ArticleData = ArticleEntry['data'];
export type ArticleImage = ArticleData['images'][number];

/** Published articles, newest first (ties broken by slug so the order never depends on the file system). */
export async function listArticles(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles', (entry) => !entry.data.draft);
  return entries.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

const renderedById = new Map<string, ReturnType<typeof render>>();

/** `render(entry)`, memoised: both editions of an article share one rendering. */
export function renderArticle(entry: ArticleEntry): ReturnType<typeof render> {
  let rendered = renderedById.get(entry.id);
  if (!rendered) {
    rendered = render(entry);
    renderedById.set(entry.id, rendered);
  }
  return rendered;
}

/** An article ready for any page: rendered once, annotations validated, every actor it names resolved. */
export interface LoadedArticle {
  entry: ArticleEntry;
  slug: string;
  data: ArticleEntry['data'];
  Content: RenderedArticle['Content'];
  /** The annotations as the remark plugin collected them, validated. */
  annotations: AnnotationsData;
  /** Annotations joined with actor records: what the sidebars and annotations.json show. */
  model: ArticleModel;
  /** Dated events marked with `:date`, in the order of the text. */
  timeline: TimelineData;
}

type RenderedArticle = Awaited<ReturnType<typeof render>>;

const loadedById = new Map<string, Promise<LoadedArticle>>();

/**
 * The single source for an article's page, open data and anything else built from it. Fails loudly when the
 * plugin's output does not match the schema or an actor id does not resolve.
 */
export function loadArticle(entry: ArticleEntry): Promise<LoadedArticle> {
  let loaded = loadedById.get(entry.id);
  if (!loaded) {
    loaded = load(entry);
    loadedById.set(entry.id, loaded);
  }
  return loaded;
}

async function load(entry: ArticleEntry): Promise<LoadedArticle> {
  const { Content, remarkPluginFrontmatter } = await renderArticle(entry);
  const parsed = AnnotationsSchema.safeParse(remarkPluginFrontmatter.annotations);
  if (!parsed.success) {
    throw new Error(`${entry.filePath}: the annotations the Markdown plugin collected are invalid:\n${parsed.error.message}`);
  }
  const timeline = TimelineSchema.safeParse(remarkPluginFrontmatter.timeline ?? []);
  if (!timeline.success) {
    throw new Error(`${entry.filePath}: the dates the Markdown plugin collected are invalid:\n${timeline.error.message}`);
  }
  const actors = new Map<string, ActorRecord>();
  for (const id of referencedActorIds(parsed.data)) {
    const actor = await getEntry('actors', id);
    if (!actor) throw new Error(`${entry.filePath}: unknown actor "${id}" (no content/actors/${id}.yaml)`);
    actors.set(id, { id, ...actor.data });
  }
  return {
    entry,
    slug: entry.id,
    data: entry.data,
    Content,
    annotations: parsed.data,
    model: buildArticleModel(parsed.data, actors),
    timeline: timeline.data,
  };
}
