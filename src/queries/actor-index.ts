/** What the actor routes read: the cross-reference of every actor with the articles and quotes naming it. */
import type { ActorIndex, ActorIndexEntry } from '../lib/actors/actor-index';
import { loadArchive } from './archive';

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
  const { actorIndex, actorNames } = await loadArchive();
  return { entries: [...actorIndex.values()], names: actorNames };
}
