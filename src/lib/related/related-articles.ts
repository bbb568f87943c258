/**
 * What to read next: for every article, up to five others chosen by the actors they share (weighted by how much
 * each article is about them), the topics they share and how near they are in time. Computed once per build for
 * the whole archive (src/queries/archive.ts), never per page; pure and deterministic: the same articles give the
 * same choice on every machine, in both editions.
 *
 * The score of a candidate B for an article A:
 *
 *   (0.75 × actor similarity + 0.25 × topic similarity) ÷ (1 + |days between A and B| ÷ 365)
 *
 * Actor similarity is the cosine of the two articles' actor vectors, each actor weighted by its share of the
 * article's annotations (mentions, quotes said, quotes reported: how much the article is about it) times how
 * rare it is across the archive (ln(1 + articles ÷ articles naming it)): two articles about the same rarely
 * named analyst are closer than two that both name a country every article names. Topic similarity is the same
 * cosine over the articles' topics. Ties go to the nearer in time, then to the slug.
 *
 * Scoring every pair would cost articles² (10⁸ at 10,000 articles). Candidates are instead, for each actor and
 * topic of A, the articles nearest to A in time that share it (CANDIDATES_PER_FEATURE on each side): a bounded
 * number per article, so the whole pass grows with the archive, not with its square. An article sharing nothing
 * with A is never a candidate.
 */
import type { ArticleAnnotations } from '../annotations/types';

/** What the choice needs to know about one article. */
export interface RelatedInput {
  slug: string;
  /** `YYYY-MM-DD`. */
  date: string;
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
/** For each actor and topic, this many of the nearest articles sharing it on each side in time are candidates. */
export const CANDIDATES_PER_FEATURE = 8;
const ACTOR_WEIGHT = 0.75;
const TOPIC_WEIGHT = 0.25;
/** A year apart halves a score. */
const DAYS_TO_HALVE = 365;
/** Reasons name at most this many actors. */
const REASON_ACTORS = 2;

interface Indexed {
  slug: string;
  day: number;
  /** Weighted actor vector (tf × idf), and its length. */
  actors: Map<string, number>;
  actorNorm: number;
  topics: Map<string, number>;
  topicNorm: number;
}

/** Feature id → the articles having it, oldest first (day, then slug). */
type Postings = Map<string, Indexed[]>;

/**
 * Collects articles one at a time (`add`, in any order) and chooses for all of them at once (`finish`), since the
 * weights depend on the whole archive.
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

function chooseRelated(inputs: readonly RelatedInput[]): ReadonlyMap<string, RelatedArticle[]> {
  const actorIdf = inverseFrequencies(inputs.map((input) => input.actors.keys()), inputs.length);
  const topicIdf = inverseFrequencies(inputs.map((input) => input.topics.values()), inputs.length);
  const articles = inputs.map((input): Indexed => {
    const total = [...input.actors.values()].reduce((sum, count) => sum + count, 0) || 1;
    const actors = new Map([...input.actors].map(([id, count]) => [id, (count / total) * (actorIdf.get(id) ?? 0)]));
    const topics = new Map(input.topics.map((id) => [id, topicIdf.get(id) ?? 0]));
    return { slug: input.slug, day: dayNumber(input.date), actors, actorNorm: norm(actors), topics, topicNorm: norm(topics) };
  });
  const byActor = postings(articles, (article) => article.actors.keys());
  const byTopic = postings(articles, (article) => article.topics.keys());

  const related = new Map<string, RelatedArticle[]>();
  for (const article of articles) {
    const candidates = new Set<Indexed>();
    for (const id of article.actors.keys()) nearestSharing(byActor.get(id) ?? [], article, candidates);
    for (const id of article.topics.keys()) nearestSharing(byTopic.get(id) ?? [], article, candidates);
    const scored = [...candidates]
      .map((candidate) => score(article, candidate))
      .filter((choice) => choice.score > 0)
      .sort((a, b) => b.score - a.score || a.days - b.days || a.candidate.slug.localeCompare(b.candidate.slug))
      .slice(0, RELATED_LIMIT);
    related.set(article.slug, scored.map(reasonOf));
  }
  return related;
}

/** ln(1 + articles ÷ articles having the feature), per feature. */
function inverseFrequencies(features: Iterable<Iterable<string>>, articles: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ids of features) for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return new Map([...counts].map(([id, count]) => [id, Math.log(1 + articles / count)]));
}

function norm(vector: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

const oldestFirst = (a: Indexed, b: Indexed) => a.day - b.day || a.slug.localeCompare(b.slug);

function postings(articles: readonly Indexed[], features: (article: Indexed) => Iterable<string>): Postings {
  const lists: Postings = new Map();
  for (const article of articles) {
    for (const id of features(article)) {
      let list = lists.get(id);
      if (!list) lists.set(id, (list = []));
      list.push(article);
    }
  }
  for (const list of lists.values()) list.sort(oldestFirst);
  return lists;
}

/** Adds to `into` the articles of `list` (oldest first, holding `article`) nearest to `article` on each side. */
function nearestSharing(list: readonly Indexed[], article: Indexed, into: Set<Indexed>): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (oldestFirst(list[middle]!, article) < 0) low = middle + 1;
    else high = middle;
  }
  // list[low] is the article itself.
  for (let index = Math.max(0, low - CANDIDATES_PER_FEATURE); index < low; index++) into.add(list[index]!);
  for (let index = low + 1; index <= Math.min(list.length - 1, low + CANDIDATES_PER_FEATURE); index++) into.add(list[index]!);
}

interface Scored {
  candidate: Indexed;
  score: number;
  days: number;
  actorPart: number;
  topicPart: number;
  /** Shared actors by their part in the similarity, largest first. */
  shared: { id: string; part: number }[];
  sharedTopics: { id: string; part: number }[];
}

function score(article: Indexed, candidate: Indexed): Scored {
  const shared = sharedParts(article.actors, candidate.actors);
  const sharedTopics = sharedParts(article.topics, candidate.topics);
  const actorSimilarity = article.actorNorm && candidate.actorNorm ? sum(shared) / (article.actorNorm * candidate.actorNorm) : 0;
  const topicSimilarity = article.topicNorm && candidate.topicNorm ? sum(sharedTopics) / (article.topicNorm * candidate.topicNorm) : 0;
  const days = Math.abs(article.day - candidate.day);
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
