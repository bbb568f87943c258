/**
 * One build at a time in one folder (scripts/build.mjs, scripts/lib/build-lock.mjs), and `dist/` always the last
 * complete build. Each test runs the real build script in a folder of its own with a stand-in `astro` first on
 * PATH: it writes a small site into the staging folder it is given, can wait for a file to appear before it
 * finishes, and can fail, so builds can overlap, fail and be stopped without building the real site.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site';

const BUILD = resolve(PROJECT_ROOT, 'scripts/build.mjs');

/** A folder with a stand-in astro; `FAKE_SITE` names what it writes, `FAKE_WAIT_FOR` a file to wait for, `FAKE_STATUS` its exit status. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
  made.push(dir);
  const fakeAstro = join(dir, 'astro');
  writeFileSync(
    fakeAstro,
    [
      '#!/bin/sh',
      'mkdir -p "$ASTRO_OUT_DIR"',
      'touch "$PWD/astro-started"',
      'if [ -n "$FAKE_WAIT_FOR" ]; then while [ ! -e "$FAKE_WAIT_FOR" ]; do sleep 0.05; done; fi',
      'printf "%s" "$FAKE_SITE" > "$ASTRO_OUT_DIR/index.html"',
      'printf "%s" "$FAKE_SITE" > "$ASTRO_OUT_DIR/404.html"',
      'exit "${FAKE_STATUS:-0}"',
      '',
    ].join('\n'),
  );
  chmodSync(fakeAstro, 0o755);
  return dir;
}

function env(dir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${dir}:${process.env.PATH}`, ASTRO_OUT_DIR: join(dir, 'dist'), ...extra };
}

function buildNow(dir: string, extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BUILD], { cwd: dir, encoding: 'utf8', env: env(dir, extra) });
}

function buildInBackground(dir: string, extra: Record<string, string>): { child: ChildProcess; done: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, [BUILD], { cwd: dir, env: env(dir, extra) });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += String(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => (output += String(chunk)));
  const done = new Promise<number | null>((settle) => child.on('exit', (code) => settle(code)));
  return { child, done, output: () => output };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((wake) => setTimeout(wake, 20));
}

const site = (dir: string) => readFileSync(join(dir, 'dist/index.html'), 'utf8');
const leftovers = (dir: string) => readdirSync(dir).filter((name) => /-tmp$|\.lock$|\.stale$/.test(name));

describe('npm run build, one at a time', () => {
  it('refuses a second build while one runs, naming it, and the first still publishes a whole site', async () => {
    const dir = workspace();
    const release = join(dir, 'release-first');
    const first = buildInBackground(dir, { FAKE_SITE: 'first', FAKE_WAIT_FOR: release });
    await until(() => existsSync(join(dir, 'astro-started')));

    const second = buildNow(dir, { FAKE_SITE: 'second' });
    expect(second.status).toBe(75);
    expect(second.stderr).toContain(`Another build is running in this folder (pid ${first.child.pid} on `);
    expect(second.stderr).not.toMatch(/^\s+at /m);

    writeFileSync(release, '');
    expect(await first.done, first.output()).toBe(0);
    expect(site(dir)).toBe('first');
    expect(readFileSync(join(dir, 'dist/404.html'), 'utf8')).toBe('first');
    expect(leftovers(dir)).toEqual([]);
  });

  it('takes over the lock of a build that is no longer running', () => {
    const dir = workspace();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(join(dir, '.build.lock'), JSON.stringify({ pid: Number(gone.stdout), host: spawnSync('hostname', { encoding: 'utf8' }).stdout.trim(), startedAt: '2026-01-01T00:00:00.000Z' }));
    const build = buildNow(dir, { FAKE_SITE: 'after a crash' });
    expect(build.status, build.stderr).toBe(0);
    expect(site(dir)).toBe('after a crash');
    expect(leftovers(dir)).toEqual([]);
  });

  it('keeps the last complete site when a build fails, and lets the next build run', () => {
    const dir = workspace();
    expect(buildNow(dir, { FAKE_SITE: 'good' }).status).toBe(0);
    const failed = buildNow(dir, { FAKE_SITE: 'half', FAKE_STATUS: '1' });
    expect(failed.status).toBe(1);
    expect(site(dir)).toBe('good');
    expect(leftovers(dir)).toEqual([]);
    expect(buildNow(dir, { FAKE_SITE: 'next' }).status).toBe(0);
    expect(site(dir)).toBe('next');
  });

  it('keeps the last complete site and releases the folder when a build is stopped', async () => {
    const dir = workspace();
    expect(buildNow(dir, { FAKE_SITE: 'good' }).status).toBe(0);
    const stopped = buildInBackground(dir, { FAKE_SITE: 'stopped', FAKE_WAIT_FOR: join(dir, 'never') });
    await until(() => readdirSync(dir).some((name) => name.endsWith('.build-tmp')));
    stopped.child.kill('SIGTERM');
    expect(await stopped.done).not.toBe(0);
    expect(site(dir)).toBe('good');
    expect(leftovers(dir)).toEqual([]);
  });
});
