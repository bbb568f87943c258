/**
 * The actors the Markdown plugin checks `ref`, `by` and `via` against, read straight from `content/actors/`
 * (or `$CONTENT_DIR/actors/`): remark plugins run outside Astro's collections, so they read the folder the
 * collection is built from. The collection schema validates the files; this only needs ids and names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from '../content/locate-issues';
import type { ActorNames } from './types';

/** Actor ids end up in anchors and CSS selectors, so they are ASCII kebab-case like image ids. */
export const ACTOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function actorsFolder(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_DIR ?? './content', 'actors');
}

/** Every actor file in `folder` (files starting with `_` are skipped, as the collection does). */
export function readActorDirectory(folder: string = actorsFolder()): Map<string, ActorNames> {
  const actors = new Map<string, ActorNames>();
  let files: string[];
  try {
    files = readdirSync(folder);
  } catch {
    return actors;
  }
  for (const file of files) {
    if (!file.endsWith('.yaml') || file.startsWith('_')) continue;
    const id = file.slice(0, -'.yaml'.length);
    if (!ACTOR_ID.test(id)) {
      const path = relative(process.cwd(), resolve(folder, file));
      throw new ContentError([{ file: path, line: 1, field: '', message: `the file name is the actor id and must be ASCII kebab-case, e.g. xi-jinping.yaml` }]);
    }
    const data = (parseYaml(readFileSync(resolve(folder, file), 'utf8')) ?? {}) as Record<string, unknown>;
    const names = [data.name, data.short, data.original, ...(Array.isArray(data.aliases) ? data.aliases : [])];
    actors.set(id, { id, names: names.filter((name): name is string => typeof name === 'string' && name.trim() !== '') });
  }
  return actors;
}
