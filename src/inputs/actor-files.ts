/**
 * The actor files, `<content>/actors/<id>.yaml`, read once: the actors collection validates and stores them
 * (src/content.config.ts), and the Markdown plugins check `ref`, `by` and `via` against the names read here. A file
 * that is not YAML a map can be read from gives no names; the collection reports what is wrong with it.
 */
import { dirname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ActorNames } from '../lib/annotations/types';
import { listContentFiles, type ContentFolderSpec, type ListedEntry } from './list-content-files';
import { ContentError, type ContentIssue } from '../lib/content/locate-issues';
import { readContentText } from './content-file';

export interface ActorFiles {
  entries: ListedEntry[];
  /** Files in the folder that cannot be actors (a bad name, a stray type): located, for the collection to report. */
  issues: ContentIssue[];
  /** Actor id → the file's text, normalised (source-text.ts). */
  texts: ReadonlyMap<string, string>;
  /** Actor id → why its file could not be read, located (the collection reports it). */
  unreadable: ReadonlyMap<string, ContentError>;
  /** Actor id → every name the file gives it (name, short, original, aliases). */
  names: ReadonlyMap<string, ActorNames>;
}

export function readActorFiles(spec: ContentFolderSpec): ActorFiles {
  const { entries, issues } = listContentFiles(spec);
  const texts = new Map<string, string>();
  const unreadable = new Map<string, ContentError>();
  const root = dirname(spec.folder);
  const names = new Map<string, ActorNames>();
  for (const entry of entries) {
    let text: string;
    try {
      text = readContentText(entry.path, { root, label: entry.label });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      unreadable.set(entry.id, error);
      continue;
    }
    texts.set(entry.id, text);
    names.set(entry.id, { id: entry.id, names: namesIn(text) });
  }
  return { entries, issues, texts, unreadable, names };
}

function namesIn(text: string): string[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch {
    return [];
  }
  if (data === null || typeof data !== 'object') return [];
  const { name, short, original, aliases } = data as Record<string, unknown>;
  const found = [name, short, original, ...(Array.isArray(aliases) ? aliases : [])];
  return found.filter((one): one is string => typeof one === 'string' && one.trim() !== '');
}
