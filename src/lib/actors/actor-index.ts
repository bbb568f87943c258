/**
 * The cross-reference behind the actor pages: for every actor, the articles it appears in and the quotes it said
 * or reported. Pure: the query loads each article once and passes in its annotations; nothing here reads files.
 *
 * An article "names" an actor when the actor is mentioned, quoted or cited as the reporter of a quote: the same
 * set the article's own actor sidebar and annotations.json list, so an actor page never disagrees with them.
 */
import { ACTOR_KINDS, referencedActorIds, type ActorKind, type ActorRecord } from '../annotations/article-model';
import type { ArticleAnnotations } from '../annotations/types';
import { coAppearanceBuilder, type CoAppearance } from './co-appearances';

/** What the index needs to know about one published article. */
export interface IndexedArticleInput {
  slug: string;
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  annotations: ArticleAnnotations;
  /** The article's roles for its actors (frontmatter `roles`), where they differ from the actor files'. */
  roles?: Readonly<Record<string, string>>;
}

/** One article, as seen from an actor's page. */
export interface ActorArticle {
  slug: string;
  title: string;
  date: string;
  /** How many `:actor` mentions of this actor the article has (0 when it is only quoted or a reporter). */
  mentionCount: number;
  /** The anchor to open the article at: the first mention, else the first quote by it, else the first it reported. */
  anchor: string;
  /** The actor's role as this article gives it, when it gives one. */
  role?: string;
}

/** One quote, as seen from the page of its speaker or its reporter. */
export interface ActorQuote {
  /** Anchor id of the `<q>` in the article. */
  id: string;
  slug: string;
  articleTitle: string;
  articleDate: string;
  text: string;
  /** Every speaker, in the order the article names them. */
  speakers: string[];
  /** The reporting actor's id, or null. */
  via: string | null;
}

export interface ActorIndexEntry {
  actor: ActorRecord;
  /** Articles naming the actor, newest first (ties by slug). */
  articles: ActorArticle[];
  /** Quotes the actor said (alone or with others), newest article first, then in document order. */
  quotes: ActorQuote[];
  /** Quotes the actor reported (`via`), in the same order. */
  reported: ActorQuote[];
  /** The actors named most often in the same articles, with how many they share (co-appearances.ts). */
  appearsWith: CoAppearance[];
}

export type ActorIndex = ReadonlyMap<string, ActorIndexEntry>;

function newestFirst(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

/**
 * Joins every article's annotations with every actor. Every actor gets an entry, even one no article names.
 * Fails loudly on an actor id no record exists for (the Markdown plugin already rejects those; this guards the join).
 */
export function buildActorIndex(actors: readonly ActorRecord[], articles: Iterable<IndexedArticleInput>): ActorIndex {
  const builder = actorIndexBuilder(actors);
  for (const article of articles) builder.add(article);
  return builder.finish();
}

/**
 * The same join, one article at a time: `add` keeps only what actor pages show (an entry per actor the article
 * names, its quotes), so a build can feed it every article without holding all their annotations at once.
 * Articles may come in any order; `finish` sorts.
 */
export function actorIndexBuilder(actors: readonly ActorRecord[]): { add(article: IndexedArticleInput): void; finish(): ActorIndex } {
  const index = new Map<string, ActorIndexEntry>(
    [...actors].sort((a, b) => a.id.localeCompare(b.id)).map((actor) => [actor.id, { actor, articles: [], quotes: [], reported: [], appearsWith: [] }]),
  );
  const together = coAppearanceBuilder();
  const entryOf = (id: string, slug: string): ActorIndexEntry => {
    const entry = index.get(id);
    if (!entry) throw new Error(`article "${slug}" names actor "${id}", which has no record`);
    return entry;
  };

  const add = (article: IndexedArticleInput): void => {
    const { mentions, quotes } = article.annotations;
    const named = referencedActorIds(article.annotations);
    together.add(named);
    for (const id of named) {
      const ownMentions = mentions.filter((mention) => mention.actor === id);
      const anchor = ownMentions[0]?.id ?? quotes.find((quote) => quote.speakers.includes(id))?.id ?? quotes.find((quote) => quote.via === id)?.id;
      // referencedActorIds only returns ids that occur in a mention or a quote, so an anchor always exists.
      if (!anchor) throw new Error(`article "${article.slug}": no anchor for actor "${id}"`);
      entryOf(id, article.slug).articles.push({
        slug: article.slug,
        title: article.title,
        date: article.date,
        mentionCount: ownMentions.length,
        anchor,
        ...(article.roles && Object.hasOwn(article.roles, id) ? { role: article.roles[id] } : {}),
      });
    }
    for (const quote of quotes) {
      const seen: ActorQuote = {
        id: quote.id,
        slug: article.slug,
        articleTitle: article.title,
        articleDate: article.date,
        text: quote.text,
        speakers: quote.speakers,
        via: quote.via,
      };
      for (const speaker of new Set(quote.speakers)) entryOf(speaker, article.slug).quotes.push(seen);
      if (quote.via) entryOf(quote.via, article.slug).reported.push(seen);
    }
  };

  const finish = (): ActorIndex => {
    const quoteOrder = (a: ActorQuote, b: ActorQuote) => newestFirst({ date: a.articleDate, slug: a.slug }, { date: b.articleDate, slug: b.slug });
    const appearsWith = together.finish();
    // Array sort is stable: quotes of one article keep their document order.
    for (const entry of index.values()) {
      entry.appearsWith = appearsWith.get(entry.actor.id) ?? [];
      entry.articles.sort(newestFirst);
      entry.quotes.sort(quoteOrder);
      entry.reported.sort(quoteOrder);
    }
    return index;
  };

  return { add, finish };
}

/**
 * Every actor in the order the actor index lists them: people, states, organisations; within a kind, most articles
 * first, then by id so the order never depends on the file system. The index is paged over this order.
 */
export function actorIndexOrder(index: ActorIndex): ActorIndexEntry[] {
  const sorted = [...index.values()].sort((a, b) => b.articles.length - a.articles.length || a.actor.id.localeCompare(b.actor.id));
  return ACTOR_KINDS.flatMap((kind) => sorted.filter((entry) => entry.actor.kind === kind));
}

/** Entries (in index order) under their kind, empty kinds left out, as the sidebar groups them. */
export function groupByKind(entries: readonly ActorIndexEntry[]): { kind: ActorKind; entries: ActorIndexEntry[] }[] {
  return ACTOR_KINDS.map((kind) => ({ kind, entries: entries.filter((entry) => entry.actor.kind === kind) })).filter((group) => group.entries.length > 0);
}

/** Where each kind stands in the whole index order: how many actors it has, its first and its last. */
export type KindSpans = ReadonlyMap<ActorKind, { total: number; first: string; last: string }>;

export function kindSpans(order: readonly ActorIndexEntry[]): KindSpans {
  const spans = new Map<ActorKind, { total: number; first: string; last: string }>();
  for (const { actor } of order) {
    const span = spans.get(actor.kind);
    if (span) {
      span.total += 1;
      span.last = actor.id;
    } else spans.set(actor.kind, { total: 1, first: actor.id, last: actor.id });
  }
  return spans;
}

/** A kind's actors on one page of the paged index, and whether the kind began on an earlier page or goes on. */
export interface KindOnPage {
  kind: ActorKind;
  entries: ActorIndexEntry[];
  /** Actors of the kind in the whole index. */
  total: number;
  /** The kind began on an earlier page. */
  continued: boolean;
  /** The kind goes on on the next page. */
  continues: boolean;
}

/** One page of the index grouped by kind, each group saying whether its kind is split across pages. */
export function kindsOnPage(entries: readonly ActorIndexEntry[], spans: KindSpans): KindOnPage[] {
  return groupByKind(entries).map(({ kind, entries: members }) => {
    const span = spans.get(kind);
    if (!span) throw new Error(`kind "${kind}" is on the page but not in the index`);
    return {
      kind,
      entries: members,
      total: span.total,
      continued: members[0]?.actor.id !== span.first,
      continues: members.at(-1)?.actor.id !== span.last,
    };
  });
}

/** How a list names an actor: its short name where it has one. One map for every page of the build. */
export function actorDisplayNames(index: ActorIndex): ReadonlyMap<string, string> {
  return new Map([...index.values()].map(({ actor }) => [actor.id, actor.short ?? actor.name]));
}
