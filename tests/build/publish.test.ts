/**
 * Publishing into an archive that is already built: `npm run build` on the same cache renders only the pages
 * whose data changed (Astro's incremental build, src/queries/page-keys.ts), keeps every unchanged file of the
 * old `dist/` (scripts/lib/carry-over.mjs), and writes exactly what a cold build of the same content writes.
 *
 * One small generated archive goes through a newsroom's day in turn, on one warm cache: an article published,
 * one corrected, one deleted, an actor's role changed, a tag's address changed, the conversion table changed, a
 * build killed half-way, and a build with nothing changed. After each, the warm `dist/` is compared byte for
 * byte with a cold `--force` build of the same content into a folder and cache of its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/lib/archive-generator.mjs';
import { inheritedEnv, PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';

const CONTENT = resolve(SITES_DIR, 'content-publish');
const WARM = resolve(SITES_DIR, 'publish-warm');
const WARM_CACHE = resolve(SITES_DIR, 'publish-warm.cache');
const COLD = resolve(SITES_DIR, 'publish-cold');
const COLD_CACHE = resolve(SITES_DIR, 'publish-cold.cache');
/** Two to a page, so a dozen articles make lists of several numbered pages. */
const PAGE_SIZE = 2;
const BUILD_TIMEOUT = 600_000;

interface Build {
  ok: boolean;
  output: string;
}

function env(outDir: string, cacheDir: string): NodeJS.ProcessEnv {
  return {
    ...inheritedEnv(),
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    CONTENT_DIR: CONTENT,
    LIST_PAGE_SIZE: String(PAGE_SIZE),
    PAGEFIND_PAGES_PER_INDEX: '8',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** `npm run build` (scripts/build.mjs), as an editor runs it. */
function build(outDir: string, cacheDir: string, args: string[] = []): Build {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: env(outDir, cacheDir) });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

function expectBuilt(result: Build): Build {
  if (!result.ok) throw new Error(`the build failed:\n${result.output.slice(-4000)}`);
  return result;
}

/** A cold build of the content as it now is: an empty cache of its own, and `--force`. */
function coldBuild(): void {
  rmSync(COLD, { recursive: true, force: true });
  rmSync(COLD_CACHE, { recursive: true, force: true });
  expectBuilt(build(COLD, COLD_CACHE, ['--force']));
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => resolve(entry.parentPath, entry.name).slice(dir.length + 1).split(sep).join('/'))
    .sort();
}

/** Files only in one folder, and files whose bytes differ. */
function differences(a: string, b: string): string[] {
  const inA = files(a);
  const inB = new Set(files(b));
  return [
    ...inA.filter((file) => !inB.has(file)).map((file) => `only in the warm build: ${file}`),
    ...[...inB].filter((file) => !inA.includes(file)).map((file) => `only in the cold build: ${file}`),
    ...inA.filter((file) => inB.has(file) && !readFileSync(resolve(a, file)).equals(readFileSync(resolve(b, file)))).map((file) => `differs: ${file}`),
  ];
}

/** Path → inode of every file: which files a build left as they were (same inode) or wrote anew. */
function inodes(dir: string): Map<string, number> {
  return new Map(files(dir).map((file) => [file, statSync(resolve(dir, file)).ino]));
}

/** Output files Astro copied from its cache (`(restored)`) and rendered (`(+12ms)`), from its log. */
function pagesOf(output: string): { restored: string[]; rendered: string[] } {
  // Astro colours its log where the terminal allows it: the colour codes go before the lines are read.
  const lines = output.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((line) => line.includes('├─'));
  const path = (line: string) => /├─ (\S+)/.exec(line)?.[1] ?? line;
  return { restored: lines.filter((line) => line.includes('(restored)')).map(path), rendered: lines.filter((line) => /\(\+\d/.test(line)).map(path) };
}

/** The line scripts/build.mjs prints: how many files the new dist/ has new or changed, and removed. */
function changedLine(output: string): { changed: number; files: number; removed: number } {
  const match = /(\d+) of (\d+) files new or changed \([\d.]+ MiB\), (\d+) removed/.exec(output);
  if (!match) throw new Error(`no summary of changed files in:\n${output.slice(-2000)}`);
  return { changed: Number(match[1]), files: Number(match[2]), removed: Number(match[3]) };
}

/** Per edition, how many search index parts (a year each) the build indexed, of how many: from its log. */
function searchPartsIndexed(output: string): Record<string, { indexed: number; parts: number }> {
  const counts: Record<string, { indexed: number; parts: number }> = {};
  for (const match of output.matchAll(/(zh-han[st]): \d+ pages in (\d+) part\(s\), (\d+) indexed/g)) counts[match[1]!] = { parts: Number(match[2]), indexed: Number(match[3]) };
  return counts;
}

/** The site's root files, from routes without getStaticPaths (no cache key): rendered every build, cheaply. */
const ALWAYS_RENDERED = ['/index.html', '/404.html', '/robots.txt', '/sitemap-index.xml'];

const article = (slug: string) => resolve(CONTENT, 'articles', `${slug}.md`);

let before: Map<string, number>;

/** A warm build after `change`, compared with a cold one; returns the warm build's log. */
function publishAndCompare(change: () => void): string {
  before = inodes(WARM);
  change();
  const warm = expectBuilt(build(WARM, WARM_CACHE));
  coldBuild();
  expect(differences(WARM, COLD)).toEqual([]);
  return warm.output;
}

beforeAll(() => {
  for (const dir of [WARM, WARM_CACHE, COLD, COLD_CACHE]) rmSync(dir, { recursive: true, force: true });
  generateArchive(CONTENT, { articles: 14, seed: 3 });
  expectBuilt(build(WARM, WARM_CACHE));
}, BUILD_TIMEOUT);

describe('publishing into a built archive', () => {
  it('publishes an article: renders its pages and its lists newest pages, keeps the rest, as a cold build would', () => {
    const output = publishAndCompare(() => {
      const text = readFileSync(article('2023-08-20-01'), 'utf8').replace(/^date: .*$/m, 'date: 2024-02-01').replace(/^title: (.*)$/m, 'title: $1（新）');
      writeFileSync(article('2024-02-01-01'), text);
    });
    const { restored, rendered } = pagesOf(output);
    expect(rendered).toContain('/zh-hant/articles/2024-02-01-01/index.html');
    // Read next looks back only: no article published before the new one is rendered again.
    const olderArticles = rendered.filter((path) => /\/articles\/\d{4}-\d{2}-\d{2}-\d{2}\//.test(path) && path.split('/')[3]! < '2024-02-01-01');
    expect(olderArticles).toEqual([]);
    // The oldest numbered pages of the home hold the oldest articles: a new one changes nothing on them.
    expect(restored).toContain('/zh-hant/page/1/index.html');
    expect(restored).toContain('/zh-hans/page/2/index.html');
    expect(restored.length).toBeGreaterThan(rendered.length);
    const after = inodes(WARM);
    expect(after.get('zh-hant/page/1/index.html')).toBe(before.get('zh-hant/page/1/index.html'));
    expect(after.get('zh-hant/articles/2016-05-22-01/index.html')).toBe(before.get('zh-hant/articles/2016-05-22-01/index.html'));
    expect(changedLine(output).changed).toBeLessThan(changedLine(output).files / 2);
    // Only the new article's year is indexed again; the other years' parts are kept, files and all.
    for (const edition of ['zh-hant', 'zh-hans']) {
      expect(searchPartsIndexed(output)[edition]?.indexed).toBe(1);
      expect(searchPartsIndexed(output)[edition]?.parts).toBeGreaterThan(3);
    }
    const keptSearchFiles = [...before].filter(([file]) => /^pagefind\/zh-hant\/2016\//.test(file));
    expect(keptSearchFiles.length).toBeGreaterThan(0);
    for (const [file, inode] of keptSearchFiles) expect(after.get(file), file).toBe(inode);
  }, BUILD_TIMEOUT);

  it('corrects a sentence of an old article', () => {
    const output = publishAndCompare(() => appendFileSync(article('2020-07-25-03'), '\n更正：本文稍早誤植一處日期，現已改正。\n'));
    const { rendered } = pagesOf(output);
    expect(rendered).toContain('/zh-hans/articles/2020-07-25-03/index.html');
    expect(rendered).not.toContain('/zh-hant/articles/2016-05-22-01/index.html');
    expect(searchPartsIndexed(output)).toEqual({ 'zh-hant': { indexed: 1, parts: expect.any(Number) }, 'zh-hans': { indexed: 1, parts: expect.any(Number) } });
  }, BUILD_TIMEOUT);

  it('deletes an article: its pages go, its lists close up', () => {
    const output = publishAndCompare(() => rmSync(article('2016-10-03-02')));
    expect(existsSync(resolve(WARM, 'zh-hant/articles/2016-10-03-02'))).toBe(false);
    expect(changedLine(output).removed).toBeGreaterThan(0);
  }, BUILD_TIMEOUT);

  it("changes an actor's role", () => {
    const file = resolve(CONTENT, 'actors/maduro.yaml');
    publishAndCompare(() => writeFileSync(file, readFileSync(file, 'utf8').replace(/^role: .*$/m, 'role: 委內瑞拉前總統')));
    expect(readFileSync(resolve(WARM, 'zh-hant/actors/maduro/index.html'), 'utf8')).toContain('委內瑞拉前總統');
  }, BUILD_TIMEOUT);

  it("changes a tag's address", () => {
    const file = resolve(CONTENT, 'tags.yaml');
    publishAndCompare(() => writeFileSync(file, readFileSync(file, 'utf8').replace(/^外交: diplomacy$/m, '外交: foreign-policy')));
    expect(existsSync(resolve(WARM, 'zh-hant/topics/foreign-policy/index.html'))).toBe(true);
    expect(existsSync(resolve(WARM, 'zh-hant/topics/diplomacy'))).toBe(false);
  }, BUILD_TIMEOUT);

  it('changes the conversion table of the Simplified edition', () => {
    const output = publishAndCompare(() => appendFileSync(resolve(CONTENT, 'conversion.yaml'), '觀察: 观测\n'));
    expect(readFileSync(resolve(WARM, 'zh-hans/articles/2016-05-22-01/index.html'), 'utf8')).toContain('外交观测');
    // The Traditional edition does not go through the table: none of its pages is rendered again.
    expect(pagesOf(output).rendered.filter((path) => path.startsWith('/zh-hant/') && path.includes('/articles/'))).toEqual([]);
    expect(searchPartsIndexed(output)['zh-hant']?.indexed).toBe(0);
    expect(searchPartsIndexed(output)['zh-hans']?.indexed).toBeGreaterThan(0);
  }, BUILD_TIMEOUT);

  it('leaves the last good dist/ when a build is killed part-way, and the next build is right', async () => {
    const last = inodes(WARM);
    const lastBytes = new Map(files(WARM).map((file) => [file, readFileSync(resolve(WARM, file))]));
    cpSync(article('2020-07-25-01'), article('2024-03-01-01'));
    writeFileSync(article('2024-03-01-01'), readFileSync(article('2024-03-01-01'), 'utf8').replace(/^date: .*$/m, 'date: 2024-03-01'));
    // Its own process group, so the kill reaches astro too, as a stopped CI job's would.
    const child = spawn(process.execPath, ['scripts/build.mjs'], { cwd: PROJECT_ROOT, env: env(WARM, WARM_CACHE), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    await new Promise<void>((done) => {
      const watch = (chunk: Buffer) => {
        printed += String(chunk);
        // Killed once it is writing pages: its cache and staging folder are half-way.
        if ((printed.match(/├─/g) ?? []).length > 5) {
          process.kill(-child.pid!, 'SIGKILL');
          done();
        }
      };
      child.stdout.on('data', watch);
      child.stderr.on('data', watch);
    });
    await new Promise((done) => child.on('exit', done));
    expect(inodes(WARM)).toEqual(last);
    for (const [file, bytes] of lastBytes) expect(readFileSync(resolve(WARM, file)).equals(bytes), file).toBe(true);
    const output = expectBuilt(build(WARM, WARM_CACHE)).output;
    coldBuild();
    expect(differences(WARM, COLD)).toEqual([]);
    // Beside dist/, only the dist/ this build replaced, which the next build deletes while it works.
    expect(readdirSync(SITES_DIR).filter((name) => name.startsWith('publish-warm.') && name.endsWith('-tmp'))).toEqual(['publish-warm.replaced-tmp']);
    expect(output).toContain('2024-03-01-01');
  }, BUILD_TIMEOUT);

  it('writes nothing when nothing changed', () => {
    before = inodes(WARM);
    const output = expectBuilt(build(WARM, WARM_CACHE)).output;
    // Routes without getStaticPaths cannot carry a cache key: the root's few files are rendered every build.
    expect(pagesOf(output).rendered.filter((path) => !ALWAYS_RENDERED.includes(path))).toEqual([]);
    expect(changedLine(output)).toMatchObject({ changed: 0, removed: 0 });
    expect(Object.values(searchPartsIndexed(output)).map((edition) => edition.indexed)).toEqual([0, 0]);
    expect(inodes(WARM)).toEqual(before);
    // Every page is the very file of the incremental build's cache: the next build tells it unchanged by its inode,
    // without reading it (scripts/lib/carry-over.mjs).
    const cached = inodes(resolve(WARM_CACHE, 'dist'));
    const pages = [...before].filter(([file]) => cached.has(file));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter(([file, inode]) => cached.get(file) !== inode)).toEqual([]);
  }, BUILD_TIMEOUT);
});
