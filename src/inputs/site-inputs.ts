/**
 * The one entrance for the site's inputs. Everything the build reads from the content folder, it reads here:
 *
 *   - the articles' folder: which files are articles, and their text (the articles collection loads them);
 *   - the actor files (the actors collection stores them; the Markdown plugins check names against them);
 *   - tags.yaml (the content sync checks every article's tags; pages turn tags into topics);
 *   - conversion.yaml (the middleware converts the Simplified edition with it);
 *   - the build's clock (SITE_BUILD_TIME or the machine's time), against which embargoes are judged.
 *
 * Read once per build: the first caller reads, every later one (the loaders, the plugins rendering each article,
 * the pages, the middleware) gets the same reading. In `astro dev` the content loader forgets it when a watched file
 * changes, so the next caller reads again. Problems with tags.yaml and conversion.yaml are not thrown here: they
 * are in `issues`, which the content sync reports with every other problem (src/loaders/content-loader.ts).
 *
 * Kept on `globalThis`: Astro loads the config (and with it the Markdown plugins), the content config (the loaders)
 * and the built pages as separate module instances in one process; a module-level variable would be read three
 * times over.
 */
import { resolve, sep } from 'node:path';
import type { ActorNames } from '../lib/annotations/types';
import { listContentFiles, type ContentListing, type ListedEntry } from './list-content-files';
import { ContentError, type ContentIssue } from '../lib/content/locate-issues';
import type { ConversionOverrides } from '../lib/editions/conversion/overrides';
import type { TagVocabulary } from '../lib/topics/tag-vocabulary';
import { readActorFiles, type ActorFiles } from './actor-files';
import { readBuildClock, type BuildClock } from './build-clock';
import { editionCollisionIssues } from './edition-collisions';
import { contentFolder, contentFolderOf, type ContentFolder } from './content-folder';
import { contentTextOf, readContentBytes } from './content-file';
import { readSiteOverrides } from './conversion-file';
import { readTagVocabulary } from './tags-file';

export interface SiteInputs {
  folder: ContentFolder;
  /** The files of the articles' folder (their text is read one at a time: readArticleText). */
  articles: ContentListing;
  actors: ActorFiles;
  /** Actor id → its names: what `ref`, `by` and `via` may name. */
  actorNames: ReadonlyMap<string, ActorNames>;
  /** Tag word → topic. */
  tags: TagVocabulary;
  /** The site-wide Simplified overrides. */
  conversion: ConversionOverrides;
  /** The build's clock, against which embargoes are judged (src/inputs/build-clock.ts). */
  clock: BuildClock;
  /** What is wrong with tags.yaml, conversion.yaml and SITE_BUILD_TIME, located; empty when nothing is. */
  issues: readonly ContentIssue[];
}

const KEY = Symbol.for('news-analysis.site-inputs');

function readings(): Map<string, SiteInputs> {
  const holder = globalThis as { [KEY]?: Map<string, SiteInputs> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** The site's inputs, read on first use. */
export function siteInputs(folder: ContentFolder = contentFolder()): SiteInputs {
  const key = resolve(folder.root);
  const known = readings().get(key);
  if (known) return known;
  const inputs = readSiteInputs(folder);
  readings().set(key, inputs);
  return inputs;
}

/** `astro dev`: a content file changed, so the next caller reads the inputs again. */
export function forgetSiteInputs(folder: ContentFolder = contentFolder()): void {
  readings().delete(resolve(folder.root));
}

/**
 * `astro dev`: the watcher saw `event` on `path`; the inputs are read again on next use unless nothing they hold
 * can have changed: an article saved in place (`change` of its .md file) changes none of the listing, the actors,
 * tags.yaml or conversion.yaml (its text is read by the loader, file by file; the clock is read again). Anything
 * else under the content folder (a file added, removed or renamed, an actor, tags.yaml) reads them all again.
 */
export function siteInputsChanged(event: string, path: string, folder: ContentFolder = contentFolder()): void {
  const root = resolve(folder.root);
  const changed = resolve(path);
  if (changed !== root && !changed.startsWith(`${root}${sep}`)) return;
  const articles = `${resolve(folder.articles.folder)}${sep}`;
  const articleSaved = event === 'change' && changed.startsWith(articles) && changed.toLowerCase().endsWith(folder.articles.entryExtension);
  if (!articleSaved) return forgetSiteInputs(folder);
  // The clock is the machine's time: what the save shows is judged by the time of the save (an embargo passed).
  const known = readings().get(root);
  if (known) readings().set(root, { ...known, clock: readBuildClock() });
}

/**
 * An article's text, normalised (source-text.ts): the one way an article file is read. Only a regular file inside
 * the content folder, within the limits (content-file.ts); anything else is a ContentError naming the file.
 */
export async function readArticleText(entry: ListedEntry): Promise<string> {
  return articleSource.text(entry, articleSource.bytes(entry));
}

/**
 * The same read in two steps: an article file's bytes, with the same refusals (not a regular file, outside the
 * folder, too large), then its text from those bytes. The content loader tells an unchanged article from its bytes.
 */
export const articleSource = {
  bytes: (entry: ListedEntry): Buffer => readContentBytes(entry.path, { root: contentFolderOf(entry.path).root, label: entry.label }),
  text: (entry: ListedEntry, bytes: Buffer): string => contentTextOf(bytes, { label: entry.label }),
};

function readSiteInputs(folder: ContentFolder): SiteInputs {
  const issues: ContentIssue[] = [];
  const located = <T>(read: () => T, none: T): T => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      issues.push(...error.issues);
      return none;
    }
  };
  const actors = readActorFiles(folder.actors);
  const tags = located(() => readTagVocabulary(folder.tagsFile), new Map());
  const conversion = located(() => readSiteOverrides(folder.conversionFile), {});
  // Tags and actors the Simplified edition would merge (臺灣 and 台灣 both read 台湾).
  issues.push(...editionCollisionIssues(folder.tagsFile, tags, actors, conversion));
  const clock = readBuildClock();
  issues.push(...clock.issues);
  return { folder, articles: listContentFiles(folder.articles), actors, actorNames: actors.names, tags, conversion, clock, issues };
}
