/** The `npm run annotate` command itself: what it prints, what it writes, and its exit codes (`--check`). */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  mkdirSync(resolve(WORK, 'articles/in-a-folder'), { recursive: true });
  writeFileSync(resolve(WORK, 'articles/in-a-folder/index.md'), FOLDER_ARTICLE);
});

/** An article in its folder, with a silent mistake of each kind the warnings name (and nothing to annotate). */
const FOLDER_ARTICLE = [
  '---',
  'title: 資料夾裡的文章',
  'date: 2025-12-01',
  'sources:',
  '  - name: 測試通訊社',
  '    role: original',
  '---',
  '',
  '這一段寫到一半',
  '就換了行。',
  '',
  '發言人表示，「全面關閉領空」。',
  '',
  '「:quote[「肩並肩」]{by=xi-jinping}」，約15000名士兵。',
  '',
].join('\n');

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

  it('takes an article in its folder, content/articles/<slug>, and prints the warnings every build prints', () => {
    const run = annotate('--check', resolve(WORK, 'articles/in-a-folder'));
    expect(run.status).toBe(0);
    const label = 'tests/.sites/annotate-command/articles/in-a-folder/index.md';
    expect(run.stdout).toContain(`${label}:9: the paragraph breaks here and goes on on the next line`);
    expect(run.stdout).toContain(`${label}:12: 「全面關閉領空」 follows a speaker but is not a quote: if someone said it, write 「:quote[全面關閉領空]{by=<actor id>}」 (suggestion only)`);
    expect(run.stdout).toContain(`${label}:14: quotation marks inside :quote[「肩並肩」]`);
    expect(run.stdout).toContain(`${label}:14: 15000名 is a number with a unit but not a key figure`);
    expect(run.stdout).toMatch(/in-a-folder\/index\.md: nothing to annotate\n$/);
    expect(run.stderr).not.toMatch(/EISDIR|\n\s+at /);
  });

  it('takes a folder of articles: each <slug>.md and <slug>/index.md in it', () => {
    const run = annotate('--check', resolve(WORK, 'articles'));
    expect(run.stdout).toContain('articles/in-a-folder/index.md: nothing to annotate');
    expect(run.stdout).toContain('articles/x.md:');
  });

  it('refuses a file that does not exist in one line, exit 2', () => {
    const run = annotate(resolve(WORK, 'articles/none.md'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^[^\n]*articles\/none\.md: no such file\n$/);
  });
});
