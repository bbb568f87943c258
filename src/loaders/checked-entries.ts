/**
 * What the content loader found when it last checked each entry it stored: kept between builds (and `astro dev`
 * starts) in Astro's cache folder, so an entry whose file and whose checks' inputs are byte for byte what they
 * were is not read as text, parsed (YAML), checked against its schema and the rest of the inputs, nor searched
 * for Taiwan words again. At 1,000 articles that reading and checking is some 3 s of every build's content sync,
 * whatever changed; a new article's build needs it for one file.
 *
 * A remembered check is used only when everything it read is the same:
 *   - the entry's file, its bytes (as read safely: content-file.ts), its name and place;
 *   - what every rendering depends on (the actor files, the site's address, the pipeline's, the checks' and
 *     the schemas' code: the loader's `dependencies`), and the installed packages (package-lock.json);
 *   - the inputs the checks read beyond those (tags.yaml, conversion.yaml: the loader's `checksRead.inputs`);
 *   - the other files they read (an article's pictures), by their metadata: a picture replaced, touched or
 *     removed checks the article again;
 * and only while the store still holds the entry as that check stored it (same digest). Anything else, and the
 * entry is read and checked as if for the first time. The file is written whole, under a new name renamed into
 * place: a build stopped while writing it leaves the last one.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface CheckedEntry {
  /** The digest of everything the checks read (see checksKey). */
  key: string;
  /** The store's digest of the entry as stored after the check. */
  digest: string;
  /** The lines the check printed about the entry (the loader's `notes`). */
  notes: readonly string[];
  /** The other files the checks read, each with its metadata then (fileSignature). */
  files: readonly (readonly [string, string])[];
}

/** Schema of the file: a new one forgets what an older build remembered. */
const VERSION = 1;

/** What the last load remembered, by entry id; nothing when the file is missing, unreadable or of another version. */
export function readCheckedEntries(file: string): Map<string, CheckedEntry> {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; entries?: Record<string, CheckedEntry> };
    if (saved.version !== VERSION || typeof saved.entries !== 'object' || saved.entries === null) return new Map();
    return new Map(Object.entries(saved.entries));
  } catch {
    return new Map();
  }
}

export function writeCheckedEntries(file: string, entries: ReadonlyMap<string, CheckedEntry>): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify({ version: VERSION, entries: Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b))) }));
  renameSync(partial, file);
}

/** The digest of what an entry's checks read: the parts (names, dependencies, inputs), then the file's bytes. */
export function checksKey(parts: readonly string[], bytes: Uint8Array | string): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.update(bytes).digest('hex');
}

/**
 * A file's metadata, as far as telling it changed goes: the name's own (a link replaced by another) and what it
 * leads to (inode, size, modification and change times). A missing file has a signature too: it may appear.
 */
export function fileSignature(path: string): string {
  const link = lstatSync(path, { throwIfNoEntry: false });
  if (!link) return 'none';
  const target = link.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : link;
  const own = `${link.mode}:${link.ino}:${link.ctimeMs}`;
  return target ? `${own}>${target.mode}:${target.dev}:${target.ino}:${target.size}:${target.mtimeMs}:${target.ctimeMs}` : `${own}>none`;
}

/** Whether every file a check read still has the signature it had then. */
export function filesUnchanged(files: CheckedEntry['files']): boolean {
  return files.every(([path, signature]) => fileSignature(path) === signature);
}
