/**
 * schema.org `NewsArticle` for one article page, as plain data: the page serialises it into
 * `<script type="application/ld+json">` with `serializeJsonLd`. Input is plain and typed so this runs under Vitest.
 * The quotes are not repeated here: with their speakers and reporters they are in the article's annotations.json,
 * and the page's 15 KB budget could not carry a third copy of them (docs/benchmarks.md).
 *
 * Each actor the article mentions comes with its role in this article (the article's `roles`, else the actor
 * file's lasting one), as a schema.org Role: `mentions: {"@type": "Role", roleName, mentions: <the actor>}`. The
 * role is a fact of this article, as of its date (a president then is a former president later), so it qualifies
 * the article's relation to the actor, which is what Role is for, rather than describing the actor for all time
 * as its `description` would; a reader of the graph that ignores Role collapses it back to `mentions: <the actor>`
 * (https://schema.org/Role, and the pattern's introduction: https://blog.schema.org/2014/06/16/introducing-role/).
 *
 * The page's address is its `@id` and its `mainEntityOfPage`; a `url` would say it a third time.
 *
 * https://schema.org/NewsArticle
 */
import type { ActorKind } from '../annotations/article-model';
import { correctionComments, type ArticleCorrection } from '../publication/corrections';

/** An actor the article mentions (from `content/actors/<id>.yaml`). */
export interface StructuredActor {
  /** Display name, in the edition's script. */
  name: string;
  /** Name in the actor's own language, e.g. `Nicolás Maduro`; becomes `alternateName`. */
  original?: string;
  kind: ActorKind;
  /** What the actor is in this article, as the sidebar shows it: the article's role, else the actor file's. */
  role: string;
}

export interface StructuredSource {
  name: string;
  url?: string;
  role: 'original' | 'syndication' | 'cited';
}

export interface StructuredImage {
  /** Absolute URL of the picture file. */
  url: string;
  width?: number;
  height?: number;
  caption?: string;
  credit: string;
}

export interface NewsArticleInput {
  /** Absolute canonical URL of the page. */
  url: string;
  headline: string;
  description?: string;
  /** `YYYY-MM-DD`, or the date-time with its zone when the article gives its `time`. */
  datePublished: string;
  /** `YYYY-MM-DD`: the last update or correction; the publication when the article never changed. */
  dateModified?: string;
  /** Corrections and updates; the corrections become `correction` (CorrectionComment). */
  corrections?: readonly ArticleCorrection[];
  /** BCP 47 language of the edition, e.g. `zh-Hant`. */
  inLanguage: string;
  /** As printed under the headline. */
  byline?: string;
  sources: readonly StructuredSource[];
  image?: StructuredImage;
  keywords?: readonly string[];
  mentions?: readonly StructuredActor[];
}

type JsonLd = Record<string, unknown>;

const SCHEMA_TYPE_OF_KIND: Record<ActorKind, 'Person' | 'Country' | 'Organization'> = {
  person: 'Person',
  state: 'Country',
  organisation: 'Organization',
};

export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  const original = input.sources.find((source) => source.role === 'original');
  const publisher = original ? organization(original) : undefined;
  const syndicated = input.sources.filter((source) => source.role === 'syndication' && source.url).map((source) => source.url);
  const cited = input.sources.filter((source) => source.role === 'cited');
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url,
    mainEntityOfPage: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: input.datePublished,
    dateModified: input.dateModified ?? input.datePublished,
    inLanguage: input.inLanguage,
    author: author(input.byline, input.sources) ?? publisher,
    publisher,
    // A syndicated copy is the same article published elsewhere.
    sameAs: syndicated.length > 0 ? syndicated : undefined,
    image: input.image ? imageObject(input.image) : undefined,
    keywords: input.keywords && input.keywords.length > 0 ? input.keywords.join(',') : undefined,
    citation: cited.length > 0 ? cited.map(creativeWork) : undefined,
    mentions: input.mentions && input.mentions.length > 0 ? uniqueActors(input.mentions).map(actorInRole) : undefined,
    correction: input.corrections && correctionComments(input.corrections).length > 0 ? correctionComments(input.corrections) : undefined,
  });
}

/**
 * JSON for a `<script type="application/ld+json">` body. `<` is escaped so no value (a headline, a quote) can
 * close the script element early; JSON parsers read `\u003c` back as `<`.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

/** The byline names the outlet when it matches a source's name; otherwise it names a writer. */
function author(byline: string | undefined, sources: readonly StructuredSource[]): JsonLd | undefined {
  if (!byline) return undefined;
  const outlet = sources.find((source) => source.name === byline);
  return outlet ? organization(outlet) : { '@type': 'Person', name: byline };
}

function organization(source: StructuredSource): JsonLd {
  return compact({ '@type': 'Organization', name: source.name, url: source.url });
}

function creativeWork(source: StructuredSource): JsonLd {
  return compact({ '@type': 'CreativeWork', name: source.name, url: source.url });
}

function imageObject(image: StructuredImage): JsonLd {
  return compact({
    '@type': 'ImageObject',
    url: image.url,
    contentUrl: image.url,
    width: image.width,
    height: image.height,
    caption: image.caption,
    creditText: image.credit,
  });
}

/** The actor, inside the Role it has in this article (the Role pattern repeats the property it qualifies). */
function actorInRole(actor: StructuredActor): JsonLd {
  return { '@type': 'Role', roleName: actor.role, mentions: compact({ '@type': SCHEMA_TYPE_OF_KIND[actor.kind], name: actor.name, alternateName: actor.original }) };
}

/** An actor mentioned several times is listed once. */
function uniqueActors(actors: readonly StructuredActor[]): StructuredActor[] {
  const seen = new Map<string, StructuredActor>();
  for (const actor of actors) seen.set(`${actor.kind}:${actor.name}`, seen.get(`${actor.kind}:${actor.name}`) ?? actor);
  return [...seen.values()];
}

/** Drops absent fields, so the output carries no `undefined` keys. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
