/**
 * What the sidebars, `annotations.json` and any other reader of an article need: the collected annotations
 * joined with the actor records they name. Pure: the query resolves the actor records and passes them in.
 */
import type { ArticleAnnotations, Figure, Quote } from './types';

export type ActorKind = 'person' | 'state' | 'organisation';

/** The fields of an actor file the article view uses. */
export interface ActorRecord {
  id: string;
  name: string;
  short?: string;
  original?: string;
  kind: ActorKind;
  role: string;
}

export interface ArticleActor extends ActorRecord {
  /** Anchor ids of the actor's mentions, in document order. */
  mentions: string[];
}

export interface ArticleQuote extends Quote {
  /** The speakers' records, in the order `by` names them. */
  speakerActors: ActorRecord[];
  /** The reporting actor's record, or null. */
  viaActor: ActorRecord | null;
}

export interface ArticleModel {
  /** Every actor the article mentions, quotes or cites as reporter; most mentioned first, then first appearance. */
  actors: ArticleActor[];
  quotes: ArticleQuote[];
  figures: Figure[];
}

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'state', 'organisation'];

/** Every actor id the annotations name, in order of first appearance. */
export function referencedActorIds(annotations: ArticleAnnotations): string[] {
  const ids = new Set<string>();
  const byLine = [
    ...annotations.mentions.map((mention) => ({ line: mention.line, ids: [mention.actor] })),
    ...annotations.quotes.map((quote) => ({ line: quote.line, ids: [...quote.speakers, ...(quote.via ? [quote.via] : [])] })),
  ].sort((a, b) => a.line - b.line);
  for (const entry of byLine) for (const id of entry.ids) ids.add(id);
  return [...ids];
}

/**
 * `roles` are the article's own (frontmatter `roles`): what each actor is in this story, as of this article. They
 * replace the actor file's lasting `role` wherever the article shows its actors (sidebar, mark cards,
 * annotations.json).
 */
export function buildArticleModel(
  annotations: ArticleAnnotations,
  actors: ReadonlyMap<string, ActorRecord>,
  roles: Readonly<Record<string, string>> = {},
): ArticleModel {
  const record = (id: string): ActorRecord => {
    const actor = actors.get(id);
    if (!actor) throw new Error(`unknown actor "${id}"`);
    const role = Object.hasOwn(roles, id) ? roles[id] : undefined;
    return role === undefined ? actor : { ...actor, role };
  };
  const order = referencedActorIds(annotations);
  const articleActors = order
    .map((id) => ({ ...record(id), mentions: annotations.mentions.filter((mention) => mention.actor === id).map((mention) => mention.id) }))
    // Array sort is stable, so equal counts keep the order of first appearance.
    .sort((a, b) => b.mentions.length - a.mentions.length);
  return {
    actors: articleActors,
    quotes: annotations.quotes.map((quote) => ({
      ...quote,
      speakerActors: quote.speakers.map(record),
      viaActor: quote.via ? record(quote.via) : null,
    })),
    figures: annotations.figures,
  };
}

/**
 * Where an actor first appears in the article: its first mention, else the first quote it said, else the first
 * it reported. Every actor of the model appears somewhere, so there is always one.
 */
export function firstAppearance(actor: ArticleActor, quotes: readonly Quote[]): string {
  const anchor = actor.mentions[0] ?? quotes.find((quote) => quote.speakers.includes(actor.id))?.id ?? quotes.find((quote) => quote.via === actor.id)?.id;
  if (!anchor) throw new Error(`actor "${actor.id}" neither mentioned nor quoted`);
  return anchor;
}
