/**
 * What to read next: for every article, up to five earlier ones chosen by the actors they share (weighted by how
 * much each article is about them), the topics they share and how near they are in time. Computed once per build for
 * the whole archive (src/queries/archive.ts), never per page; pure and deterministic: the same articles give the
 * same choice on every machine, in both editions.
 *
 * The choice is the one the desk could have made on the day the article was published: only articles published
 * before it are candidates, and how rare an actor or topic is counts the archive as it stood then (that article
 * and the ones before it). So publishing an article changes no older article's page: a new article is read next
 * only from the articles published after it, and a deploy uploads its own pages and lists, not those of every
 * older article it is related to (issue #28: at 1,000 articles one new article otherwise rewrote some 16 older
 * articles' pages in each edition). The reader of an older article finds what came after through its actors'
 * and topics' pages, newest first. A correction of an article may still change the choice of later ones.
 *
 * The score of a candidate B, published before A:
 *
 *   (0.75 × actor similarity + 0.25 × topic similarity) ÷ (1 + days between A and B ÷ 365)
 *
 * Actor similarity is the cosine of the two articles' actor vectors, each actor weighted by its share of the
 * article's annotations (mentions, quotes said, quotes reported: how much the article is about it) times how
 * rare it is (ln(1 + articles ÷ articles naming it), both counted up to A): two articles about the same rarely
 * named analyst are closer than two that both name a country every article names. Topic similarity is the same
 * cosine over the articles' topics. Ties go to the nearer in time, then to the slug. Articles are ordered by
 * publication (src/lib/publication/publication-time.ts: `date`, and `time` where given), then by slug.
 *
 * Scoring every pair would cost articles² (10⁸ at 10,000 articles). Candidates are instead, for each actor and
 * topic of A, the CANDIDATES_PER_FEATURE latest articles before A that share it: a bounded number per article, so
 * the whole pass grows with the archive, not with its square. An article sharing nothing with A is never a
 * candidate.
 */
import type { ArticleAnnotations } from '../annotations/types';
import { publicationInstant } from '../publication/publication-time';

/** What the choice needs to know about one article. */
export interface RelatedInput {
  slug: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The minute of publication on `date`, with its zone (`08:00+08:00`), when the article gives one. */
  time?: string | undefined;
  /** Actor id → how often the article names it (mentions, quotes it said, quotes it reported). */
  actors: ReadonlyMap<string, number>;
  /** Topic ids. */
  topics: readonly string[];
}

/** One article to read next, and why. */
export interface RelatedArticle {
  slug: string;
  /** The shared actors that weigh most in the choice (at most two), when actors decided it. */
  actors: string[];
  /** The shared topic, when topics decided it (then `actors` is empty). */
  topic?: string;
}

/** How much an article is about each actor it names: one for each mention, each quote it said, each it reported. */
export function actorWeights({ mentions, quotes }: Pick<ArticleAnnotations, 'mentions' | 'quotes'>): Map<string, number> {
  const weights = new Map<string, number>();
  const count = (id: string) => weights.set(id, (weights.get(id) ?? 0) + 1);
  for (const mention of mentions) count(mention.actor);
  for (const quote of quotes) {
    for (const speaker of new Set(quote.speakers)) count(speaker);
    if (quote.via) count(quote.via);
  }
  return weights;
}

/** Up to this many articles to read next, per article. */
export const RELATED_LIMIT = 5;
/** For each actor and topic, this many of the latest earlier articles sharing it are candidates. */
export const CANDIDATES_PER_FEATURE = 16;
const ACTOR_WEIGHT = 0.75;
const TOPIC_WEIGHT = 0.25;
/** A year apart halves a score. */
const DAYS_TO_HALVE = 365;
/** Reasons name at most this many actors. */
const REASON_ACTORS = 2;

/** One article as the choice reads it. */
interface Published {
  slug: string;
  /** Its publication, in days since the epoch (fractional where it gives a time). */
  day: number;
  /** Actor id → its share of the article's annotations (before weighting by rarity). */
  actors: ReadonlyMap<string, number>;
  topics: readonly string[];
}

/**
 * Collects articles one at a time (`add`, in any order) and chooses for all of them at once (`finish`), since each
 * choice depends on the articles before it.
 */
export function relatedArticlesBuilder(): { add(article: RelatedInput): void; finish(): ReadonlyMap<string, RelatedArticle[]> } {
  const inputs: RelatedInput[] = [];
  return {
    add: (article) => {
      inputs.push(article);
    },
    finish: () => chooseRelated(inputs),
  };
}

const publishedFirst = (a: Published, b: Published) => a.day - b.day || a.slug.localeCompare(b.slug);

function chooseRelated(inputs: readonly RelatedInput[]): ReadonlyMap<string, RelatedArticle[]> {
  const articles = inputs.map(published).sort(publishedFirst);
  // Counts of the archive as it stands when each article is published, walking it oldest first.
  const actorCounts = new Map<string, number>();
  const topicCounts = new Map<string, number>();
  // Feature id → the articles so far having it, oldest first.
  const byActor = new Map<string, Published[]>();
  const byTopic = new Map<string, Published[]>();

  const related = new Map<string, RelatedArticle[]>();
  articles.forEach((article, index) => {
    countEach(actorCounts, article.actors.keys());
    countEach(topicCounts, article.topics);
    const rarity = { archive: index + 1, actorCounts, topicCounts };
    const own = weighted(article, rarity);
    const candidates = new Set<Published>();
    for (const id of article.actors.keys()) latestOf(byActor.get(id), candidates);
    for (const id of article.topics) latestOf(byTopic.get(id), candidates);
    const scored = [...candidates]
      .map((candidate) => score(article, own, candidate, weighted(candidate, rarity)))
      .filter((choice) => choice.score > 0)
      .sort((a, b) => b.score - a.score || a.days - b.days || a.candidate.slug.localeCompare(b.candidate.slug))
      .slice(0, RELATED_LIMIT);
    related.set(article.slug, scored.map(reasonOf));
    for (const id of article.actors.keys()) appendTo(byActor, id, article);
    for (const id of article.topics) appendTo(byTopic, id, article);
  });
  return related;
}

function published(input: RelatedInput): Published {
  const total = [...input.actors.values()].reduce((sum, count) => sum + count, 0) || 1;
  return {
    slug: input.slug,
    day: publicationInstant(input) / 86_400_000,
    actors: new Map([...input.actors].map(([id, count]) => [id, count / total])),
    topics: [...new Set(input.topics)],
  };
}

function countEach(counts: Map<string, number>, ids: Iterable<string>): void {
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
}

function appendTo(lists: Map<string, Published[]>, id: string, article: Published): void {
  let list = lists.get(id);
  if (!list) lists.set(id, (list = []));
  list.push(article);
}

/** Adds to `into` the latest CANDIDATES_PER_FEATURE articles of `list` (the earlier articles sharing a feature). */
function latestOf(list: readonly Published[] | undefined, into: Set<Published>): void {
  if (!list) return;
  for (let index = Math.max(0, list.length - CANDIDATES_PER_FEATURE); index < list.length; index++) into.add(list[index]!);
}

/** How rare each feature is in the archive as it stands when an article is published: ln(1 + articles ÷ having it). */
interface Rarity {
  archive: number;
  actorCounts: ReadonlyMap<string, number>;
  topicCounts: ReadonlyMap<string, number>;
}

const rarityOf = (archive: number, counts: ReadonlyMap<string, number>, id: string) => Math.log(1 + archive / (counts.get(id) ?? archive));

/** An article's vectors (an actor's share, a topic's presence, each × its rarity), and their lengths. */
interface Weighted {
  actors: Map<string, number>;
  actorNorm: number;
  topics: Map<string, number>;
  topicNorm: number;
}

function weighted(article: Published, rarity: Rarity): Weighted {
  const actors = new Map([...article.actors].map(([id, share]) => [id, share * rarityOf(rarity.archive, rarity.actorCounts, id)]));
  const topics = new Map(article.topics.map((id) => [id, rarityOf(rarity.archive, rarity.topicCounts, id)]));
  return { actors, actorNorm: norm(actors), topics, topicNorm: norm(topics) };
}

function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

interface Scored {
  candidate: Published;
  score: number;
  days: number;
  actorPart: number;
  topicPart: number;
  /** Shared actors by their part in the similarity, largest first. */
  shared: { id: string; part: number }[];
  sharedTopics: { id: string; part: number }[];
}

function score(article: Published, a: Weighted, candidate: Published, b: Weighted): Scored {
  const shared = sharedParts(a.actors, b.actors);
  const sharedTopics = sharedParts(a.topics, b.topics);
  const actorSimilarity = a.actorNorm && b.actorNorm ? sum(shared) / (a.actorNorm * b.actorNorm) : 0;
  const topicSimilarity = a.topicNorm && b.topicNorm ? sum(sharedTopics) / (a.topicNorm * b.topicNorm) : 0;
  const days = article.day - candidate.day;
  const actorPart = ACTOR_WEIGHT * actorSimilarity;
  const topicPart = TOPIC_WEIGHT * topicSimilarity;
  return { candidate, score: (actorPart + topicPart) / (1 + days / DAYS_TO_HALVE), days, actorPart, topicPart, shared, sharedTopics };
}

function sharedParts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { id: string; part: number }[] {
  const parts: { id: string; part: number }[] = [];
  for (const [id, weight] of a) {
    const other = b.get(id);
    if (other !== undefined && weight * other > 0) parts.push({ id, part: weight * other });
  }
  return parts.sort((x, y) => y.part - x.part || x.id.localeCompare(y.id));
}

function sum(parts: readonly { part: number }[]): number {
  return parts.reduce((total, { part }) => total + part, 0);
}

/** Why: the actors that weigh most when actors decided the choice, else the topic that weighs most. */
function reasonOf({ candidate, actorPart, topicPart, shared, sharedTopics }: Scored): RelatedArticle {
  const topic = sharedTopics[0]?.id;
  if (topic !== undefined && topicPart > actorPart) return { slug: candidate.slug, actors: [], topic };
  return { slug: candidate.slug, actors: shared.slice(0, REASON_ACTORS).map(({ id }) => id) };
}
