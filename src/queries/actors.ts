/** The only place pages read the actors collection. */
import { getCollection, getEntry } from 'astro:content';
import type { ActorRecord } from '../lib/annotations/article-model';

/** Every actor record, sorted by id. */
export async function listActors(): Promise<ActorRecord[]> {
  const actors = await getCollection('actors');
  return actors.map((actor): ActorRecord => ({ id: actor.id, ...actor.data })).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The records of `ids`, by id. Every id an article names was checked against the actor files while the content
 * synced, so a missing one is a bug, not an editor's mistake.
 */
export async function actorRecords(ids: readonly string[], article: string): Promise<Map<string, ActorRecord>> {
  const records = new Map<string, ActorRecord>();
  for (const id of ids) {
    const actor = await getEntry('actors', id);
    if (!actor) throw new Error(`${article}: unknown actor "${id}" (no content/actors/${id}.yaml)`);
    records.set(id, { id, ...actor.data });
  }
  return records;
}
