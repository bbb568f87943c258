/**
 * The actors the Markdown plugin checks `ref`, `by` and `via` against, read straight from `content/actors/`
 * (or `$CONTENT_DIR/actors/`): remark plugins run outside Astro's collections, so they read the folder the
 * collection is built from. The collection schema validates the files; this only needs ids and names.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from '../content/locate-issues';
import type { ActorNames } from './types';

/** Actor ids end up in anchors and CSS selectors, so they are ASCII kebab-case like image ids. */
export const ACTOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function actorsFolder(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_DIR ?? './content', 'actors');
}

/** The last reading of each folder, with the names, sizes and times of the files it was read from. */
const readings = new Map<string, { fingerprint: string; checkedAt: number; actors: Map<string, ActorNames> }>();

/**
 * How long a reading is trusted before the folder is listed again. Listing it means a stat per actor file, and the
 * plugin asks once per article: with a thousand actors and ten thousand articles that was ten million stats a
 * build. A second is far shorter than an editor takes to switch from an actor file to an article in `npm run dev`.
 */
const RECHECK_MS = 1000;

/**
 * Every actor file in `folder` (files starting with `_` are skipped, as the collection does). The plugin asks for
 * every article, so the folder is parsed again only when a file was added, removed or changed: listing it and
 * stating the files is cheap, parsing every YAML file per article was seconds per thousand articles.
 */
export function readActorDirectory(folder: string = actorsFolder()): Map<string, ActorNames> {
  const known = readings.get(folder);
  if (known && Date.now() - known.checkedAt < RECHECK_MS) return new Map(known.actors);
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
  const actors = known?.fingerprint === fingerprint ? known.actors : parseActorFiles(folder, files);
  readings.set(folder, { fingerprint, checkedAt: Date.now(), actors });
  return new Map(actors);
}

function parseActorFiles(folder: string, files: readonly string[]): Map<string, ActorNames> {
  const actors = new Map<string, ActorNames>();
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
