/**
 * `npm start` serves the built site as a host would: what `npm run preview` runs (after `npm run build`) is the
 * static server the browser tests use, so directories redirect to their trailing slash and every `_headers` rule
 * applies. Runs the real npm script on the seed site built by the global setup.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SEED_SITE_DIR } from '../helpers/build-site';

const scripts = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
let server: ChildProcess;
let origin: string;

/** Starts `npm run preview` on the seed site and a free port, and waits for its `Serving … on <url>/` line. */
function startPreview(): Promise<string> {
  // Its own process group, so that stopping it stops the server npm started, not only npm.
  server = spawn('npm', ['run', '--silent', 'preview', '--', SEED_SITE_DIR, '--port', '0'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let printed = '';
  return new Promise((done, fail) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      printed += String(chunk);
      const url = / on (http:\/\/127\.0\.0\.1:\d+)\//.exec(printed)?.[1];
      if (url) done(url);
    });
    server.stderr?.on('data', (chunk: Buffer) => (printed += String(chunk)));
    server.on('exit', (code) => fail(new Error(`npm run preview exited with ${code}:\n${printed}`)));
  });
}

beforeAll(async () => {
  origin = await startPreview();
});
afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

describe('npm start', () => {
  it('builds, then serves the build with the static server the browser tests use', () => {
    // The trailing `--`: npm appends what follows `npm start --` to the script, so `npm start -- --port 4322` (the
    // advice a busy port prints) reaches the server as `npm run preview -- --port 4322`.
    expect(scripts.start).toBe('npm run build && npm run preview --');
    expect(scripts.preview).toBe('node scripts/serve-static.mjs dist');
    expect(readFileSync(resolve(PROJECT_ROOT, 'tests/e2e/global-setup.ts'), 'utf8')).toContain("from '../../scripts/serve-static.mjs'");
  });

  it('redirects /zh-hant to /zh-hant/, as hosts do', async () => {
    const response = await get('/zh-hant');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/zh-hant/');
  });

  it("sends the site's security headers with every page", async () => {
    const response = await get('/zh-hant/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
  });

  it('caches hashed assets for a year and never serves _headers itself', async () => {
    const asset = readdirSync(resolve(SEED_SITE_DIR, '_astro')).find((file) => file.endsWith('.css'));
    expect(asset).toBeDefined();
    expect((await get(`/_astro/${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/_headers')).status).toBe(404);
  });
});

describe('a busy port', () => {
  it('is named, with advice that works as printed', async () => {
    const port = new URL(origin).port;
    const busy = spawnSync('npm', ['run', '--silent', 'preview', '--', SEED_SITE_DIR, '--port', port], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(busy.status).not.toBe(0);
    const advice = /\((npm start -- --port 4322), or (npm run preview -- --port 4322) for the last build\)/.exec(busy.stderr);
    expect(advice, busy.stderr).not.toBeNull();
    // `npm start` is `npm run build && npm run preview --`: what follows `npm start --` reaches the server just as
    // it does after `npm run preview --`, so both commands of the advice pass their port on.
    expect(`${scripts.start} --port 4322`.replace('npm run build && ', '')).toBe(advice![2]);
    // The preview form as printed (with the seed site's folder, and a port of the system's choosing: 0).
    const [command, ...args] = advice![2]!.replace('4322', '0').split(' ');
    const retry = spawn(command!, [...args.slice(0, 3), SEED_SITE_DIR, ...args.slice(3)], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const served = await new Promise<string>((done, fail) => {
      let printed = '';
      retry.stdout?.on('data', (chunk: Buffer) => {
        printed += String(chunk);
        if (/ on http:\/\/127\.0\.0\.1:\d+\//.test(printed)) done(printed);
      });
      retry.on('exit', (code) => fail(new Error(`exited with ${code}: ${printed}`)));
    });
    if (retry.pid) process.kill(-retry.pid, 'SIGTERM');
    expect(served).toMatch(/Serving/);
  });
});
