/**
 * `npm run dev` keeps up with an editor: after a save, the content loader reads again only the file that changed
 * (src/loaders/content-loader.ts), not the whole folder nor the actor files, and the page shows the edit. A change
 * to anything else an article depends on (an actor file) reads every article again, as it must. `astro dev --verbose` prints how many
 * files each reload read. No browser: the pages are fetched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inheritedEnv, PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';

const contentDir = resolve(SITES_DIR, 'content-dev-reload');
let server: ChildProcess;
let origin = '';
let terminal = '';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Asks for `path` until its body has `text`. */
async function pageWith(path: string, text: string): Promise<string> {
  let last = '';
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(`${origin}${path}`);
      last = await response.text();
      if (response.ok && last.includes(text)) return last;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${path} never showed "${text}"; last: ${last.slice(0, 300)}\n${terminal.slice(-2000)}`);
}

/** The terminal's lines since `from` saying how many files of `collection` a reload read. */
const readsSince = (from: number, collection = 'articles') =>
  [...terminal.slice(from).matchAll(new RegExp(`read (\\d+) of (\\d+) files of ${collection}( \\(all of them\\))?`, 'g'))].map((match) => match[0]);

beforeAll(async () => {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(SITES_DIR, { recursive: true });
  cpSync(resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles'), contentDir, { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(resolve(PROJECT_ROOT, 'node_modules/.bin/astro'), ['dev', '--verbose', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...inheritedEnv(), CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: resolve(SITES_DIR, 'dev-reload.cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  await pageWith('/zh-hant/articles/later-article/', '<html');
});

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('npm run dev after a save', () => {
  it('reads again only the article that changed, and shows the edit', async () => {
    const before = terminal.length;
    appendFileSync(resolve(contentDir, 'articles/later-article.md'), '\n編輯後新增的一句話。\n');
    await pageWith('/zh-hant/articles/later-article/', '編輯後新增的一句話');
    expect(readsSince(before)).toEqual(['read 1 of 2 files of articles']);
    // The actor files cannot have changed: they are not read again.
    expect(readsSince(before, 'actors')).toEqual([]);
  });

  it('reads a new article alone, and lists it', async () => {
    const before = terminal.length;
    const text = readFileSync(resolve(contentDir, 'articles/later-article.md'), 'utf8').replace(/^title: .*$/m, 'title: 剛發布的新文章').replace(/^date: .*$/m, 'date: 2025-12-20');
    writeFileSync(resolve(contentDir, 'articles/newest-article.md'), text);
    await pageWith('/zh-hant/', '剛發布的新文章');
    expect(readsSince(before)).toEqual(['read 1 of 3 files of articles']);
  });

  it('reads every article again when an actor file changes, since a mention may name it', async () => {
    const before = terminal.length;
    const file = resolve(contentDir, 'actors/maduro.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^role: .*$/m, 'role: 委內瑞拉前總統'));
    await pageWith('/zh-hant/actors/maduro/', '委內瑞拉前總統');
    expect(readsSince(before)).toEqual(['read 3 of 3 files of articles (all of them)']);
    expect(readsSince(before, 'actors')).toHaveLength(1);
  });
});
