/**
 * One build at a time in one folder. Two builds side by side (a deploy while an editor runs `npm start`, two CI
 * jobs in one workspace) share Astro's `.astro/` folder and cache: one left a `dist/` without its pages, the other
 * failed with a stack trace. So `npm run build` takes this lock first, and a second build says who holds it and
 * exits non-zero, leaving everything as it was.
 *
 * The lock is a file created atomically (`wx`: it fails if the file exists) holding the holder's pid, host and
 * start time. A lock whose holder is gone (a build killed with SIGKILL, a machine that crashed) is stale: a build
 * on the same host sees that the pid is no longer running and takes the lock over. A holder on another host (a
 * shared network folder) cannot be checked, so its lock is respected; the message says how to clear it.
 */
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** How long an empty lock file (its holder created it and has yet to write its pid) counts as held. */
const EMPTY_LOCK_GRACE_MS = 10_000;

/**
 * Takes the lock at `path`: `{ release }` when this process holds it now, `{ holder }` when another build does.
 * @param {string} path
 * @returns {{ release: () => void } | { holder: { pid: number; host: string; startedAt: string } | undefined }}
 */
export function acquireBuildLock(path) {
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      return { release: () => releaseIfMine(path, mine) };
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const held = readLock(path);
    if (held === undefined) continue; // released between our two calls: try again
    if (!isStale(held, path)) return { holder: held.holder };
    takeOver(path, held.text);
  }
  return { holder: readLock(path)?.holder };
}

/** @param {string} path */
function readLock(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const holder = JSON.parse(text);
    return { text, holder: typeof holder?.pid === 'number' ? holder : undefined };
  } catch {
    return { text, holder: undefined };
  }
}

/**
 * @param {{ text: string; holder: { pid: number; host: string } | undefined }} held
 * @param {string} path
 */
function isStale(held, path) {
  if (held.holder === undefined) {
    // Empty or unreadable: a holder between creating the file and writing it, unless that was long ago.
    const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    return age > EMPTY_LOCK_GRACE_MS;
  }
  if (held.holder.host !== hostname()) return false;
  if (held.holder.pid === process.pid) return false;
  try {
    process.kill(held.holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists (another user's); ESRCH: it is gone.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'ESRCH';
  }
}

/**
 * Removes a stale lock, unless another build took it over in the meantime: the file is moved aside first (one
 * rename of it can succeed), and put back if what was moved is no longer the stale lock that was read.
 * @param {string} path
 * @param {string} staleText
 */
function takeOver(path, staleText) {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  if (readFileSync(aside, 'utf8') === staleText) unlinkSync(aside);
  else {
    try {
      writeFileSync(path, readFileSync(aside, 'utf8'), { flag: 'wx' });
    } catch {
      // Someone holds it again: theirs wins.
    }
    unlinkSync(aside);
  }
}

/**
 * @param {string} path
 * @param {string} mine
 */
function releaseIfMine(path, mine) {
  try {
    if (readFileSync(path, 'utf8') === mine) unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/**
 * The sentence a second build prints.
 * @param {string} path
 * @param {{ pid: number; host: string; startedAt: string } | undefined} holder
 */
export function lockHeldMessage(path, holder) {
  const who = holder ? `pid ${holder.pid} on ${holder.host}, started ${holder.startedAt}` : 'its holder is starting';
  return `Another build is running in this folder (${who}): wait for it to finish, then build again. If no build is running, delete ${path}.`;
}
