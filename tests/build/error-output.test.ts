/**
 * What an editor reads when content is wrong: one `file:line: field: message` line per problem, printed once,
 * with no stack trace and nothing else, by `astro build`, `npm run build` and `astro check` alike; the build exits
 * non-zero and publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemLines } from '../helpers/build-output';
import { buildSite, PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';

const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles');

/** The two-article fixture with `change` applied to its newer article; returns the folder and the file's label. */
function brokenSite(name: string, change: (source: string) => string): { contentDir: string; file: string; source: string } {
  const contentDir = resolve(SITES_DIR, `content-${name}`);
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(SITES_DIR, { recursive: true });
  cpSync(FIXTURE, contentDir, { recursive: true });
  const path = resolve(contentDir, 'articles/later-article.md');
  const source = change(readFileSync(path, 'utf8'));
  writeFileSync(path, source);
  return { contentDir, file: relative(PROJECT_ROOT, path), source };
}

function lineOf(source: string, needle: string): number {
  return source.slice(0, source.indexOf(needle)).split('\n').length;
}

const unknownActor = (s: string) => s.replace('{ref=maduro}', '{ref=maduroo}');
const badDate = (s: string) => s.replace('date: 2025-12-01', 'date: 2025-13-11');

describe('content errors, as printed', () => {
  it('prints one problem as exactly one line, with no coverage line for the failing file', () => {
    const { contentDir, file, source } = brokenSite('one-problem', unknownActor);
    const build = buildSite('one-problem', { contentDir });
    expect(build.ok).toBe(false);
    expect(problemLines(build.output)).toEqual([`${file}:${lineOf(source, 'maduroo')}: ref: unknown actor "maduroo" (no file content/actors/maduroo.yaml): did you mean "maduro"?`]);
    expect(build.output).not.toMatch(/^\s+at /m);
    expect(build.output).not.toContain('annotation coverage');
  });

  it('prints two problems as two lines, in the order of the file', () => {
    const { contentDir, file, source } = brokenSite('two-problems', (s) => unknownActor(s).replace('{ref=trump}', '{ref=trumpp}'));
    const build = buildSite('two-problems', { contentDir });
    expect(build.ok).toBe(false);
    expect(problemLines(build.output)).toEqual([
      `${file}:${lineOf(source, 'trumpp')}: ref: unknown actor "trumpp" (no file content/actors/trumpp.yaml): did you mean "trump"?`,
      `${file}:${lineOf(source, 'maduroo')}: ref: unknown actor "maduroo" (no file content/actors/maduroo.yaml): did you mean "maduro"?`,
    ]);
  });

  it('prints the problems of every file at once, sorted by file', () => {
    const { contentDir, file, source } = brokenSite('two-files', unknownActor);
    const older = resolve(contentDir, 'articles/earlier-article.md');
    const olderSource = badDate(readFileSync(older, 'utf8').replace('date: 2025-11-01', 'date: 2025-13-11'));
    writeFileSync(older, olderSource);
    const build = buildSite('two-files', { contentDir });
    expect(build.ok).toBe(false);
    expect(problemLines(build.output)).toEqual([
      `${relative(PROJECT_ROOT, older)}:${lineOf(olderSource, 'date:')}: date: must be a real date written as YYYY-MM-DD (got "2025-13-11")`,
      `${file}:${lineOf(source, 'maduroo')}: ref: unknown actor "maduroo" (no file content/actors/maduroo.yaml): did you mean "maduro"?`,
    ]);
  });

  it('prints the same lines through npm run build, and publishes nothing', () => {
    const { contentDir, file, source } = brokenSite('npm-build', unknownActor);
    const outDir = resolve(SITES_DIR, 'npm-build');
    rmSync(outDir, { recursive: true, force: true });
    const result = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'scripts/build.mjs')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_OUT_DIR: outDir,
        ASTRO_CACHE_DIR: `${outDir}.cache`,
        CONTENT_DIR: contentDir,
        PATH: `${resolve(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
      },
    });
    expect(result.status).not.toBe(0);
    const lines = problemLines(`${result.stdout}\n${result.stderr}`);
    expect(lines[0]).toBe(`${file}:${lineOf(source, 'maduroo')}: ref: unknown actor "maduroo" (no file content/actors/maduroo.yaml): did you mean "maduro"?`);
    expect(lines.slice(1)).toEqual([`Build failed: ${outDir} was left as it was.`]);
    expect(existsSync(outDir)).toBe(false);
  });

  it('prints the same line in astro check', () => {
    const { contentDir, file, source } = brokenSite('check', unknownActor);
    const result = spawnSync(resolve(PROJECT_ROOT, 'node_modules/.bin/astro'), ['check'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: resolve(SITES_DIR, 'check.cache') },
    });
    expect(result.status).not.toBe(0);
    expect(problemLines(`${result.stdout}\n${result.stderr}`)).toEqual([
      `${file}:${lineOf(source, 'maduroo')}: ref: unknown actor "maduroo" (no file content/actors/maduroo.yaml): did you mean "maduro"?`,
    ]);
  });
});
