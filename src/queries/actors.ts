/** The only place pages read the actors collection as a whole. */
import { getCollection } from 'astro:content';

/** Every actor id, sorted so generated files never depend on the file system's order. */
export async function listActorIds(): Promise<string[]> {
  const actors = await getCollection('actors');
  return actors.map((actor) => actor.id).sort();
}
