/**
 * The actors the Markdown plugin checks `ref`, `by` and `via` against, read straight from `content/actors/`
 * (or `$CONTENT_DIR/actors/`): remark plugins run outside Astro's collections, so they read the folder the
 * collection is built from. The actors collection validates the files and reports what is wrong with them; this
 * only needs ids and names, and passes over a file it cannot read rather than report it a second time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ActorNames } from './types';

/** Actor ids end up in anchors and CSS selectors, so they are ASCII kebab-case like image ids. */
export const ACTOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function actorsFolder(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_DIR ?? './content', 'actors');
}

/** The last reading of each folder, with the names, sizes and times of the files it was read from. */
const readings = new Map<string, { fingerprint: string; actors: Map<string, ActorNames> }>();

/**
 * Every actor file in `folder` (files starting with `_` are skipped, as the collection does). The plugin asks for
 * every article, so the folder is parsed again only when a file was added, removed or changed: listing it and
 * stating the files is cheap, parsing every YAML file per article was seconds per thousand articles.
 */
export function readActorDirectory(folder: string = actorsFolder()): Map<string, ActorNames> {
  let files: string[];
  try {
    files = readdirSync(folder);
  } catch {
    return new Map();
  }
  const fingerprint = files
    .map((file) => {
      const stats = statSync(resolve(folder, file), { throwIfNoEntry: false });
      return `${file}:${stats?.size}:${stats?.mtimeMs}`;
    })
    .join('\n');
  const known = readings.get(folder);
  if (known?.fingerprint === fingerprint) return new Map(known.actors);
  const actors = parseActorFiles(folder, files);
  readings.set(folder, { fingerprint, actors });
  return new Map(actors);
}

function parseActorFiles(folder: string, files: readonly string[]): Map<string, ActorNames> {
  const actors = new Map<string, ActorNames>();
  for (const file of files) {
    if (!file.endsWith('.yaml') || file.startsWith('_')) continue;
    const id = file.slice(0, -'.yaml'.length);
    if (!ACTOR_ID.test(id)) continue;
    const data = readActorFile(resolve(folder, file));
    const names = [data.name, data.short, data.original, ...(Array.isArray(data.aliases) ? data.aliases : [])];
    actors.set(id, { id, names: names.filter((name): name is string => typeof name === 'string' && name.trim() !== '') });
  }
  return actors;
}

/** The file's fields, or none when it is not YAML a map can be read from (the actors collection says why). */
function readActorFile(path: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
