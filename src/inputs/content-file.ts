/**
 * Reading one content file safely: the one way the build opens an article, an actor file, tags.yaml or
 * conversion.yaml. Only a regular file inside the content folder is read, and never more than the limit:
 *
 *   a symbolic link      → followed, and refused when it leads nowhere, round in a loop or out of the folder
 *   a FIFO, a device     → refused from its metadata, never opened (a named pipe would hang the build forever,
 *   a socket, a folder     /dev/zero would be read until memory runs out)
 *   a file over the size → refused from its metadata; the read itself stops at the limit, whatever the file does
 *   limit                  after it was measured
 *   bytes that are not   → refused with the line they stand on (an article saved as Big5 would otherwise publish
 *   UTF-8                  as replacement characters)
 *
 * Every refusal is a ContentError at the file's first line, field `file`, saying what the file is and what to do;
 * so is every error the file system gives on the way (permission denied, a disk's input/output error…), whichever
 * call gives it. The calls are taken from `options.fileSystem` (node:fs by default), so that a test can make the
 * system fail as it does on a real machine (an unreadable file cannot be made where tests run as root).
 */
import * as nodeFileSystem from 'node:fs';
import { constants, type Stats } from 'node:fs';
import { resolve, sep } from 'node:path';
import { ContentError } from '../lib/content/locate-issues';
import { CONTENT_FILE_MAX_BYTES, formatBytes } from '../lib/content/limits';
import { normaliseSource } from '../lib/content/source-text';
import { textLimitIssues } from '../lib/content/text-limits';

export interface ContentFileOptions {
  /** The content folder: the file, once its links are followed, must be inside it. */
  root: string;
  /** How messages name the file: `content/articles/x.md`. */
  label: string;
  /** Most bytes the file may hold. */
  maxBytes?: number;
  /** The file-system calls the read makes; node:fs unless a test gives others. */
  fileSystem?: ContentFileSystem;
}

/** The calls of node:fs a read makes, and nothing else. */
export type ContentFileSystem = Pick<
  typeof nodeFileSystem,
  'closeSync' | 'fstatSync' | 'lstatSync' | 'openSync' | 'readlinkSync' | 'readSync' | 'realpathSync' | 'statSync'
>;

/**
 * The text of the content file at `path`, normalised (source-text.ts) and within the limits of its lines and its
 * nesting (text-limits.ts), or a ContentError saying what is wrong: what the rest of the build may parse.
 */
export function readContentText(path: string, options: ContentFileOptions): string {
  return contentTextOf(readContentBytes(path, options), options);
}

/**
 * The text of a content file from its bytes, as readContentBytes read them: decoded, normalised and within the
 * limits, or a ContentError. Apart, so that a caller can tell an unchanged file from its bytes alone and read
 * the text of the others from the same bytes (src/loaders/checked-entries.ts).
 */
export function contentTextOf(bytes: Buffer, options: Pick<ContentFileOptions, 'label'>): string {
  const text = normaliseSource(decodeUtf8(bytes, refusal(options)));
  const issues = textLimitIssues(options.label, text);
  if (issues.length > 0) throw new ContentError(issues);
  return text;
}

/** The text of the content file at `path`, or a ContentError saying why it cannot be read. */
export function readContentFile(path: string, options: ContentFileOptions): string {
  return decodeUtf8(readContentBytes(path, options), refusal(options));
}

function refusal(options: Pick<ContentFileOptions, 'label'>): (message: string) => never {
  return (message) => {
    throw new ContentError([{ file: options.label, line: 1, field: 'file', message }]);
  };
}

/**
 * The bytes of the file at `path` (a picture), with the same refusals as readContentFile but for the encoding.
 * Each refusal's message starts with what the file is (`is a named pipe…`), for the caller to put its name before.
 */
export function readContentBytes(path: string, options: ContentFileOptions): Buffer {
  const refuse = refusal(options);
  const fs = options.fileSystem ?? nodeFileSystem;
  const real = resolvedPath(fs, path, options.root, refuse);
  const maxBytes = options.maxBytes ?? CONTENT_FILE_MAX_BYTES;
  let kind: string | undefined;
  try {
    kind = notRegular(fs.statSync(real));
  } catch (error) {
    return refuse(readFailure(error, real));
  }
  if (kind) refuse(`is ${kind}, not a file: only regular files are read; put the file itself here`);
  let descriptor: number;
  try {
    // O_NONBLOCK: should the path have become a FIFO since it was looked at, opening it does not wait for a writer.
    descriptor = fs.openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return refuse(readFailure(error, real));
  }
  try {
    const stats = fs.fstatSync(descriptor);
    const openedKind = notRegular(stats);
    if (openedKind) refuse(`is ${openedKind}, not a file: only regular files are read; put the file itself here`);
    if (stats.size > maxBytes) refuse(tooLarge(stats.size, maxBytes));
    const bytes = readAtMost(fs, descriptor, maxBytes + 1, stats.size);
    if (bytes.length > maxBytes) refuse(tooLarge(bytes.length, maxBytes));
    return bytes;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    return refuse(readFailure(error, real));
  } finally {
    try {
      fs.closeSync(descriptor);
    } catch {
      // What was read is whole; a descriptor the system will not close is no problem of the file's.
    }
  }
}

/** The real path of `path`, every link followed, or a refusal saying where the link goes wrong. */
function resolvedPath(fs: ContentFileSystem, path: string, root: string, refuse: (message: string) => never): string {
  let real: string;
  try {
    real = fs.realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return refuse('is a symbolic link that leads back to itself (a loop of links): replace it with the file it should name');
    const target = code === 'ENOENT' ? danglingLinkTarget(fs, path) : undefined;
    if (target !== undefined) return refuse(`is a symbolic link to "${target}", which does not exist: restore that file, or delete the link`);
    return refuse(readFailure(error, path));
  }
  let realRoot: string;
  try {
    realRoot = fs.realpathSync(root);
  } catch {
    realRoot = resolve(root);
  }
  if (!real.startsWith(`${realRoot}${sep}`)) {
    return refuse(`is a symbolic link to ${real}, outside the content folder: the build reads only files inside it; copy the file in instead`);
  }
  return real;
}

/** Where the symbolic link at `path` leads, or undefined when it is no link (or the system will not say). */
function danglingLinkTarget(fs: ContentFileSystem, path: string): string | undefined {
  try {
    return fs.lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ? fs.readlinkSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** What a path is when it is not a regular file: `a named pipe (FIFO)`, `a device`… */
function notRegular(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a regular file';
}

function tooLarge(size: number, maxBytes: number): string {
  return `is ${formatBytes(size)}${size > maxBytes + 1 ? '' : ' or more'}; at most ${formatBytes(maxBytes)} are read from one file: make it smaller`;
}

/**
 * Reads up to `limit` bytes: a file that grows while it is read cannot make the build read more. The buffer starts
 * at the size the file said it had (one byte more, to see it grow) and grows only if the file does: a buffer of
 * the whole limit for every article made reading a thousand of them ten times slower than the disk.
 */
function readAtMost(fs: ContentFileSystem, descriptor: number, limit: number, expected: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(limit, expected + 1)));
  let filled = 0;
  while (filled < limit) {
    if (filled === buffer.length) {
      const larger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(larger, 0, 0, filled);
      buffer = larger;
    }
    const read = fs.readSync(descriptor, buffer, filled, buffer.length - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return buffer.subarray(0, filled);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: Buffer, refuse: (message: string) => never): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    return refuse(`is not UTF-8 text (the first byte that is not stands on line ${line}): save the file as UTF-8`);
  }
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes, found by halving: TextDecoder says only whether all of it does.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(bytes.subarray(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

function decodes(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** A file-system error as a sentence with what to do, never the error's own stack. */
export function readFailure(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `cannot be read: permission denied; make it readable (chmod a+r ${path})`;
    case 'ENOENT':
      return 'does not exist any more: it was moved or deleted while the build ran; run the build again';
    case 'ELOOP':
      return 'is a symbolic link that leads back to itself (a loop of links): replace it with the file it should name';
    case 'EISDIR':
      return 'is a folder, not a file: only regular files are read; put the file itself here';
    case 'ENAMETOOLONG':
      return 'has a path too long for the file system: shorten the file or folder names';
    case 'EIO':
      return 'cannot be read: the disk reported an input/output error; check the disk and copy the file again';
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot be opened: too many files are open at once; close other programs (or raise the limit, ulimit -n) and run the build again';
    case 'EBUSY':
    case 'EAGAIN':
    case 'ETXTBSY':
      return 'cannot be read: another program holds it; close that program (a sync client, an editor) and run the build again';
    case 'ESTALE':
    case 'ETIMEDOUT':
    case 'ENOTCONN':
      return 'cannot be read: the network drive it is on did not answer; reconnect the drive or copy the content folder locally, and run the build again';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}): check that it is a plain file you can open`;
  }
}
