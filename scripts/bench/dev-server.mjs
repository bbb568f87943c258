// @ts-check
/**
 * `npm run dev` on a generated archive, as an editor uses it: how long until Astro prints "ready", until the home
 * page and then an article page first answer, and how long from saving an edit to that article until its page
 * shows it, a few times over (the median is what an editor lives with). Measured by asking for the page over HTTP
 * every 50 ms, the way a browser tab reloaded by the dev server would.
 *
 * `projectDir` runs another checkout of the site (the base commit, with this project's node_modules) on the same
 * content, so a run can put the two side by side. Each start begins with the project's `.astro/` removed (where
 * `astro dev` keeps its content store, whatever ASTRO_CACHE_DIR says) unless `keepStore`: a first start renders
 * every article, a second one finds them in the store.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../lib/project-root.mjs';

/** How long a save may take to show before the measurement gives up on it. */
const SAVE_PATIENCE_SECONDS = 120;

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Asks for `url` every 50 ms until `accept` likes the body; the seconds it took.
 * @param {string} url @param {(body: string) => boolean} accept @param {number} timeoutSeconds
 */
async function until(url, accept, timeoutSeconds) {
  const started = performance.now();
  let last = 'no answer';
  while ((performance.now() - started) / 1000 < timeoutSeconds) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(1, Math.round(timeoutSeconds * 1000 - (performance.now() - started)))) });
      const body = await response.text();
      if (response.ok && accept(body)) return (performance.now() - started) / 1000;
      last = `${response.status}: ${body.slice(0, 200)}`;
    } catch (error) {
      // Not listening yet, or the answer did not come in time.
      last = String(error instanceof Error ? (error.cause ?? error.message) : error);
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`${url}: not as expected after ${timeoutSeconds} s (last: ${last})`);
}

/** @param {readonly number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/**
 * @typedef {{ readySeconds: number, homeSeconds: number, articleSeconds: number, saveToVisibleSeconds: number[], medianSaveSeconds: number, saveError?: string }} DevServerRun
 */

/**
 * Stops the server's process group, and waits until it has gone: SIGTERM, then SIGKILL if it is still busy.
 * @param {import('node:child_process').ChildProcess} server
 */
async function stop(server) {
  if (!server.pid || server.exitCode !== null || server.signalCode !== null) return;
  const gone = new Promise((done) => server.once('exit', done));
  process.kill(-server.pid, 'SIGTERM');
  const timer = setTimeout(() => server.pid && process.kill(-server.pid, 'SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/**
 * One start of `npm run dev`. `port`: Astro keeps the store only while its config is unchanged, and the port is
 * part of it, so the starts of one measurement share a port, as an editor's `npm run dev` always uses 4321.
 * @param {{ contentDir: string, cacheDir: string, log: (message: string) => void, edits?: number, projectDir?: string, keepStore?: boolean, label?: string, port?: number, logFile?: string }} options
 * @returns {Promise<DevServerRun>}
 */
export async function measureDevServer({ contentDir, cacheDir, log, edits = 5, projectDir = PROJECT_ROOT, keepStore = false, label = 'dev', port: fixedPort, logFile }) {
  if (!keepStore) rmSync(join(projectDir, '.astro'), { recursive: true, force: true });
  const port = fixedPort ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(resolve(PROJECT_ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectDir,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let printed = '';
  /** @type {number | undefined} */
  let readySeconds;
  const heard = (/** @type {Buffer} */ chunk) => {
    printed += String(chunk);
    if (logFile) appendFileSync(logFile, chunk);
    if (readySeconds === undefined && /ready in/.test(printed)) readySeconds = (performance.now() - started) / 1000;
  };
  server.stdout?.on('data', heard);
  server.stderr?.on('data', heard);
  const since = () => (performance.now() - started) / 1000;
  const articles = join(contentDir, 'articles');
  const newest = readdirSync(articles).filter((name) => name.endsWith('.md')).sort().at(-1);
  if (!newest) throw new Error('no article to edit');
  // Put back once the server has stopped, so that every start of a run meets the same content.
  const original = readFileSync(join(articles, newest));
  try {
    await until(`${origin}/zh-hant/`, (body) => body.includes('article-card'), Number(process.env.BENCH_DEV_TIMEOUT ?? 600));
    const homeSeconds = since();
    const page = `${origin}/zh-hant/articles/${newest.replace(/\.md$/, '')}/`;
    await until(page, () => true, 300);
    const articleSeconds = since();
    log(`  ${label}: "ready" after ${readySeconds?.toFixed(1)} s, home page after ${homeSeconds.toFixed(1)} s, article page after ${articleSeconds.toFixed(1)} s`);
    const saveToVisibleSeconds = [];
    /** @type {string | undefined} */
    let saveError;
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `編輯測試第${edit}次${Date.now()}`;
      appendFileSync(join(articles, newest), `\n${marker}。\n`);
      try {
        saveToVisibleSeconds.push(await until(page, (body) => body.includes(marker), SAVE_PATIENCE_SECONDS));
      } catch {
        // Recorded with what was measured before it; the saves after it would only wait for this one.
        saveError = `save ${edit} not visible after ${SAVE_PATIENCE_SECONDS} s`;
        log(`  ${label}: ${saveError}`);
        break;
      }
      log(`  ${label}: edit ${edit} visible after ${saveToVisibleSeconds.at(-1)?.toFixed(2)} s`);
      // A pause between saves, as between an editor's, long enough for Astro to have written its store: each
      // save is measured on its own.
      await new Promise((wait) => setTimeout(wait, 3000));
    }
    return { readySeconds: readySeconds ?? NaN, homeSeconds, articleSeconds, saveToVisibleSeconds, medianSaveSeconds: median(saveToVisibleSeconds), ...(saveError ? { saveError } : {}) };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${printed.slice(-3000)}`);
  } finally {
    await stop(server);
    writeFileSync(join(articles, newest), original);
  }
}

/**
 * `npm run dev` as an editor meets it on an archive: started with no store (every article rendered, as after a
 * change to the pipeline's code), then started again on the store that start left (any other morning), with a
 * few saves. Both starts share a port. `recorded` wraps each start (the bench records a failure and goes on).
 * @param {{ contentDir: string, cacheDir: string, log: (message: string) => void, edits?: number, projectDir?: string, label?: string,
 *   recorded?: (measure: () => Promise<DevServerRun>) => Promise<any> }} options
 */
export async function measureDevStarts({ recorded = (measure) => measure(), ...options }) {
  const port = await freePort();
  const label = options.label ?? 'dev';
  const first = await recorded(() => measureDevServer({ ...options, port, edits: 0, label: `${label}, no store` }));
  const again = await recorded(() => measureDevServer({ ...options, port, keepStore: true, label: `${label}, on its store` }));
  return { first, again };
}

export { freePort };
