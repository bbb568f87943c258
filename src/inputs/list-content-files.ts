/**
 * The files of one content folder, sorted, each entry with its id, and a located issue for every file that does
 * not belong: a type the site does not read (`x.markdown`, `notes.txt`), an address two files claim (`x.md` and
 * `x/index.md`), a name that cannot be an address. Files and folders starting with `_` (drafts, notes) or `.`
 * (`.DS_Store`, editor swap files) are passed over.
 */
import { lstatSync, readdirSync } from 'node:fs';
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
  /** The site cannot be built without one entry at least (articles): a folder missing or empty is a mistake. */
  required?: boolean;
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

  const listed = filesUnder(spec.folder);
  if ('problem' in listed) {
    if (listed.problem !== 'missing' || spec.required) issues.push(folderIssue(shownFolder, spec, listed.problem));
    return { entries, issues };
  }
  for (const entry of listed.files) {
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
      // The newer file is the one to rename: the other was publishing that page first. Files written within a
      // second of each other (a checkout, a copy) have no such order: the later name is blamed, as listed.
      const [older, newer] = modifiedAt(spec.folder, entry) < modifiedAt(spec.folder, first) - SAME_MOMENT_MS ? [entry, first] : [first, entry];
      issue(newer, `"${id}" is already the address of ${older}, there before this file: two files cannot publish one page; rename this one`);
      if (older === entry) {
        firstOfId.set(id, entry);
        const index = entries.findIndex((listed) => listed.id === id);
        entries[index] = { path: join(spec.folder, entry), entry, label: `${shownFolder}/${entry}`, id };
      }
      continue;
    }
    firstOfId.set(id, entry);
    entries.push({ path: join(spec.folder, entry), entry, label: `${shownFolder}/${entry}`, id });
  }
  if (spec.required && entries.length === 0 && issues.length === 0) issues.push(folderIssue(shownFolder, spec, 'empty'));
  return { entries, issues };
}

const SAME_MOMENT_MS = 1000;

/** When a listed file last changed (the link itself for a link, which the reader refuses anyway); 0 if unknown. */
function modifiedAt(folder: string, entry: string): number {
  try {
    return lstatSync(join(folder, entry)).mtimeMs;
  } catch {
    return 0;
  }
}

type FolderProblem = 'missing' | 'empty' | 'not a folder' | 'unreadable';

/** A folder that cannot give the entries: the whole folder is the place to look. */
function folderIssue(shownFolder: string, spec: ContentFolderSpec, problem: FolderProblem): ContentIssue {
  // The issue names the folder; the message says what belongs in it.
  const entry = `<${spec.entryExtension === '.md' ? 'slug' : 'id'}>${spec.entryExtension}${spec.nested ? ` (or <slug>/index${spec.entryExtension})` : ''}`;
  const message = {
    missing: `there is no such folder, and the ${spec.noun} are read from it: was it renamed or moved by mistake? (CONTENT_DIR names the content folder)`,
    empty: `holds no ${spec.noun}: each is a file ${entry} in it (names starting with _ or . are passed over)`,
    'not a folder': `is not a folder: the ${spec.noun} are read from a folder of that name holding ${entry} files`,
    unreadable: `cannot be read as a folder: make it readable (chmod a+rx ${shownFolder})`,
  }[problem];
  return { file: shownFolder, line: 1, field: 'folder', message };
}

/**
 * Everything below `folder` but folders, as `/`-separated paths relative to it, sorted so output never depends on
 * the disk. Links, pipes and devices are listed too: the reader refuses them by name (content-file.ts) rather than
 * the site silently publishing without them.
 */
function filesUnder(folder: string): { files: string[] } | { problem: Exclude<FolderProblem, 'empty'> } {
  const files: string[] = [];
  try {
    collectFiles(folder, folder, files);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'missing' : code === 'ENOTDIR' ? 'not a folder' : 'unreadable' };
  }
  return { files: files.sort() };
}

/**
 * Walks real folders only. Node's own recursive readdir follows links to folders: a link to `/` would walk the
 * whole disk, and a link to its own folder loops until the system says ELOOP. A link is listed as an entry, for
 * the reader to refuse by name.
 */
function collectFiles(root: string, folder: string, files: string[]): void {
  for (const dirent of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, dirent.name);
    if (dirent.isDirectory()) collectFiles(root, path, files);
    else files.push(relative(root, path).split('\\').join('/'));
  }
}
