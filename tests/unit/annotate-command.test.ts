/** The `npm run annotate` command itself: what it prints, what it writes, and its exit codes (`--check`). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/annotate');
const WORK = resolve(SITES_DIR, 'annotate-command');
const article = resolve(WORK, 'articles/x.md');

function annotate(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'annotate', '--', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(resolve(WORK, 'articles'), { recursive: true });
  cpSync(resolve(FIXTURES, 'actors'), resolve(WORK, 'actors'), { recursive: true });
  cpSync(resolve(FIXTURES, 'articles/longest-name-wins.md'), article);
});

describe('npm run annotate', () => {
  it('--check writes nothing, prints what it would do and exits 1', () => {
    const before = readFileSync(article, 'utf8');
    const run = annotate('--check', article);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('articles/x.md:1: 中國與拉美金融資料庫 → china-latam-finance\n');
    expect(run.stdout).toMatch(/articles\/x\.md: 6 annotations to add \(run: npm run annotate -- .*articles\/x\.md\)\n$/);
    expect(readFileSync(article, 'utf8')).toBe(before);
  });

  it('writes the annotations and exits 0', () => {
    const run = annotate(article);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/articles\/x\.md: 6 annotations added\n$/);
    expect(readFileSync(article, 'utf8')).toBe(readFileSync(resolve(FIXTURES, 'expected/longest-name-wins.md'), 'utf8'));
  });

  it('--check passes once the file is annotated', () => {
    const run = annotate('--check', article);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/articles\/x\.md: nothing to annotate\n$/);
  });

  it('refuses a file that does not exist in one line, exit 2', () => {
    const run = annotate(resolve(WORK, 'articles/none.md'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^[^\n]*articles\/none\.md: no such file\n$/);
  });
});
