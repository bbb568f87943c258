/**
 * The files of one content folder, sorted, each entry with its id, and a located issue for every file that does
 * not belong: a type the site does not read (`x.markdown`, `notes.txt`), an address two files claim (`x.md` and
 * `x/index.md`), a name that cannot be an address. Files and folders starting with `_` (drafts, notes) or `.`
 * (`.DS_Store`, editor swap files) are passed over.
 */
import { readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { entryId } from './entry-id';
import { ContentError, type ContentIssue } from '../lib/content/locate-issues';

export interface ContentFolderSpec {
  /** The folder, as given in the config (`./content/articles`): messages name files under it. */
  folder: string;
  /** Extension of entry files, lowercase: `.md` or `.yaml`. */
  entryExtension: string;
  /** Extensions of files that may stand beside entries (pictures), lowercase. */
  assetExtensions?: readonly string[];
  /** Whether entries may sit in a folder of their own (`<slug>/index.md`, with their pictures). */
  nested: boolean;
  /** How an editor calls the entries, in messages: `articles`, `actor files`. */
  noun: string;
  /** Ids a route of the site already uses beside the entries' pages, with what uses them. */
  reservedIds?: Readonly<Record<string, string>>;
}

export interface ListedEntry {
  /** Absolute path. */
  path: string;
  /** Path under the folder, with `/`: `venezuela-allies/index.md`. */
  entry: string;
  /** Path an editor reads in messages: `content/articles/venezuela-allies/index.md`. */
  label: string;
  id: string;
}

export interface ContentListing {
  entries: ListedEntry[];
  issues: ContentIssue[];
}

const PASSED_OVER = /(^|\/)[._]/;

export function listContentFiles(spec: ContentFolderSpec): ContentListing {
  const entries: ListedEntry[] = [];
  const issues: ContentIssue[] = [];
  const shownFolder = relative(process.cwd(), spec.folder).split('\\').join('/');
  const issue = (entry: string, message: string) => issues.push({ file: `${shownFolder}/${entry}`, line: 1, field: 'file name', message });
  const firstOfId = new Map<string, string>();

  for (const entry of filesUnder(spec.folder)) {
    if (PASSED_OVER.test(entry)) continue;
    const extension = extname(entry);
    if (spec.assetExtensions?.includes(extension.toLowerCase())) continue;
    if (extension !== spec.entryExtension) {
      issue(entry, `${spec.noun} are ${spec.entryExtension} files${spec.assetExtensions ? ` (pictures beside them ${spec.assetExtensions.join(', ')})` : ''}: rename or move "${entry}"`);
      continue;
    }
    if (!spec.nested && entry.includes('/')) {
      issue(entry, `${spec.noun} stand directly in ${shownFolder}/, not in folders below it`);
      continue;
    }
    let id: string;
    try {
      id = entryId(entry, shownFolder);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      issues.push(...error.issues);
      continue;
    }
    const reservedFor = spec.reservedIds?.[id];
    if (reservedFor !== undefined) {
      issue(entry, `"${id}" cannot be an id here: ${reservedFor}; rename the file`);
      continue;
    }
    const first = firstOfId.get(id);
    if (first !== undefined) {
      issue(entry, `"${id}" is already the address of ${first}: two files cannot publish one page`);
      continue;
    }
    firstOfId.set(id, entry);
    entries.push({ path: join(spec.folder, entry), entry, label: `${shownFolder}/${entry}`, id });
  }
  return { entries, issues };
}

/** Every file below `folder`, as `/`-separated paths relative to it, sorted so output never depends on the disk. */
function filesUnder(folder: string): string[] {
  let found;
  try {
    found = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return found
    .filter((dirent) => dirent.isFile() || dirent.isSymbolicLink())
    .map((dirent) => relative(folder, join(dirent.parentPath, dirent.name)).split('\\').join('/'))
    .sort();
}
