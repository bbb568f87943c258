// @ts-check
/**
 * `npm run dev` on a generated archive, as an editor uses it: how long until the first page answers (the server
 * started on the cache a build left, as after `npm run build`), and how long from saving an edit to an article
 * until its page shows it, a few times over. Measured by asking for the page over HTTP every 50 ms.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../lib/project-root.mjs';

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
  while ((performance.now() - started) / 1000 < timeoutSeconds) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (response.ok && accept(body)) return (performance.now() - started) / 1000;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`${url}: not as expected after ${timeoutSeconds} s`);
}

/**
 * @param {{ contentDir: string, cacheDir: string, log: (message: string) => void, edits?: number }} options
 * @returns {Promise<{ readySeconds: number, saveToVisibleSeconds: number[] }>}
 */
export async function measureDevServer({ contentDir, cacheDir, log, edits = 3 }) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(resolve(PROJECT_ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let printed = '';
  server.stdout?.on('data', (chunk) => (printed += String(chunk)));
  server.stderr?.on('data', (chunk) => (printed += String(chunk)));
  try {
    await until(`${origin}/zh-hant/`, (body) => body.includes('article-card'), 600);
    const readySeconds = (performance.now() - started) / 1000;
    log(`  dev: first page after ${readySeconds.toFixed(1)} s`);
    const articles = join(contentDir, 'articles');
    const newest = readdirSync(articles).filter((name) => name.endsWith('.md')).sort().at(-1);
    if (!newest) throw new Error('no article to edit');
    const page = `${origin}/zh-hant/articles/${newest.replace(/\.md$/, '')}/`;
    await until(page, () => true, 120);
    const saveToVisibleSeconds = [];
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `編輯測試第${edit}次${Date.now()}`;
      appendFileSync(join(articles, newest), `\n${marker}。\n`);
      saveToVisibleSeconds.push(await until(page, (body) => body.includes(marker), 120));
      log(`  dev: edit ${edit} visible after ${saveToVisibleSeconds.at(-1)?.toFixed(2)} s`);
    }
    return { readySeconds, saveToVisibleSeconds };
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${printed.slice(-3000)}`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
