/** The only place pages read the actors collection. */
import { getCollection } from 'astro:content';
import type { ActorRecord } from '../lib/annotations/article-model';
import { devMemo } from '../lib/content/live-store';

/** Every actor record, sorted by id. */
export async function listActors(): Promise<ActorRecord[]> {
  const actors = await getCollection('actors');
  return actors.map((actor): ActorRecord => ({ id: actor.id, ...actor.data })).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Every actor record by id, read once per build (`astro dev`: once per content change). Every article page and its
 * annotations.json resolve their actors here, a few dozen each: one `getEntry` apiece cost about a second of a
 * 1,000-article build.
 */
const actorsById = devMemo(async () => new Map((await listActors()).map((actor) => [actor.id, actor])));

/**
 * The records of `ids`, by id. Every id an article names was checked against the actor files while the content
 * synced, so a missing one is a bug, not an editor's mistake.
 */
export async function actorRecords(ids: readonly string[], article: string): Promise<Map<string, ActorRecord>> {
  const known = await actorsById();
  const records = new Map<string, ActorRecord>();
  for (const id of ids) {
    const actor = known.get(id);
    if (!actor) throw new Error(`${article}: unknown actor "${id}" (no content/actors/${id}.yaml)`);
    // A copy: the pages share the records read once, and none may change another's.
    records.set(id, { ...actor });
  }
  return records;
}
