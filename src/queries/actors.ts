/** The only place pages read the actors collection as a whole. */
import { getCollection } from 'astro:content';
import { actorDisplayNames, type ActorIndex, type ActorIndexEntry } from '../lib/actors/actor-index';
import type { ActorRecord } from '../lib/annotations/article-model';
import { loadArchive } from './archive';

/** Every actor record, sorted by id. */
export async function listActors(): Promise<ActorRecord[]> {
  const actors = await getCollection('actors');
  return actors.map((actor): ActorRecord => ({ id: actor.id, ...actor.data })).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Actor id → the articles naming it and the quotes it said or reported, over every published article. Built once
 * per build with the rest of the archive (src/queries/archive.ts); every actor page of both editions shares it.
 */
export async function loadActorIndex(): Promise<ActorIndex> {
  return (await loadArchive()).actorIndex;
}

/**
 * What the actor routes page through: every actor's index entry, and how a list names each actor (quotes name
 * their speakers and reporters). One map for every page of the build.
 */
export async function loadActorPages(): Promise<{ entries: ActorIndexEntry[]; names: ReadonlyMap<string, string> }> {
  const index = await loadActorIndex();
  return { entries: [...index.values()], names: actorDisplayNames(index) };
}
