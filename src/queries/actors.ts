/** The only place pages read the actors collection as a whole. */
import { getCollection } from 'astro:content';
import { buildActorIndex, type ActorIndex } from '../lib/actors/actor-index';
import type { ActorRecord } from '../lib/annotations/article-model';
import { listArticles, loadArticle } from './articles';

/** Every actor id, sorted so generated files never depend on the file system's order. */
export async function listActorIds(): Promise<string[]> {
  const actors = await listActors();
  return actors.map((actor) => actor.id);
}

/** Every actor record, sorted by id. */
export async function listActors(): Promise<ActorRecord[]> {
  const actors = await getCollection('actors');
  return actors.map((actor): ActorRecord => ({ id: actor.id, ...actor.data })).sort((a, b) => a.id.localeCompare(b.id));
}

let actorIndex: Promise<ActorIndex> | undefined;

/**
 * Actor id → the articles naming it and the quotes it said or reported, over every published article. Built once
 * per build (every actor page of both editions shares it); each article comes from loadArticle, itself memoised,
 * so no article is rendered twice.
 */
export function loadActorIndex(): Promise<ActorIndex> {
  actorIndex ??= (async () => {
    const [actors, entries] = await Promise.all([listActors(), listArticles()]);
    const articles = await Promise.all(
      entries.map(async (entry) => {
        const { annotations } = await loadArticle(entry);
        return { slug: entry.id, title: entry.data.title, date: entry.data.date, annotations };
      }),
    );
    return buildActorIndex(actors, articles);
  })();
  return actorIndex;
}
