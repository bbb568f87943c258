/**
 * Bad content stops the build with a message naming the file, the line and the field, and nothing half-built is
 * published. Each case starts from the seed article and breaks one thing.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';
import { contentWith, lineOf } from '../helpers/broken-content';


/** A content folder holding one article (and the real actors), made from the seed by `change`. */

const cases: { name: string; change: (source: string) => string; field: string; line: (changed: string) => number }[] = [
  { name: 'missing-title', change: (s) => s.replace(/^title: .*\n/m, ''), field: '', line: () => 2 },
  { name: 'missing-date', change: (s) => s.replace(/^date: .*\n/m, ''), field: '', line: () => 2 },
  { name: 'invalid-date', change: (s) => s.replace(/^date: .*$/m, 'date: 2025-13-45'), field: 'date', line: (c) => lineOf(c, 'date: 2025-13-45') },
  { name: 'no-sources', change: (s) => s.replace(/^sources:\n(?: {2}.*\n)+/m, 'sources: []\n'), field: 'sources', line: (c) => lineOf(c, 'sources: []') },
  { name: 'source-url-not-http', change: (s) => s.replace('url: https://tw.news', 'url: ftp://tw.news'), field: 'sources[1].url', line: (c) => lineOf(c, 'url: ftp://') },
  { name: 'image-without-credit', change: (s) => s.replace(/(  - id: bombers\n.*\n)    credit: .*\n/, '$1'), field: 'images[1].credit', line: (c) => lineOf(c, '  - id: bombers') },
  { name: 'image-src-without-alt', change: (s) => s.replace(/(  - id: bombers\n)/, '$1    src: ./bombers.jpg\n'), field: 'images[1].alt', line: (c) => lineOf(c, '  - id: bombers') },
];

describe('bad input fails the build, naming file, line and field', () => {
  for (const { name, change, field, line } of cases) {
    it(`fails on ${name.replaceAll('-', ' ')}`, () => {
      const { dir: contentDir } = contentWith(name, change);
      const changed = readFileSync(resolve(contentDir, 'articles/broken.md'), 'utf8');
      const build = buildSite(`bad-${name}`, { contentDir, command: 'sync' });
      expect(build.ok).toBe(false);
      const expectedField = field || (name === 'missing-title' ? 'title' : 'date');
      expect(build.output).toContain(`articles/broken.md:${line(changed)}: ${expectedField}: `);
    });
  }

  it('fails on an ::image ref to no image, naming the line of the directive', () => {
    const { dir: contentDir } = contentWith('image-unknown-ref', (s) => s.replace('::image{ref=bombers}', '::image{ref=bomber}'));
    const changed = readFileSync(resolve(contentDir, 'articles/broken.md'), 'utf8');
    const build = buildSite('bad-image-unknown-ref', { contentDir });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`articles/broken.md:${lineOf(changed, '::image{ref=bomber}')}: ref: no image with id "bomber"`);
  });

  it('fails on raw HTML in an article, naming the line', () => {
    const { dir: contentDir } = contentWith('raw-html', (s) => s.replace('::image{ref=bombers}', '<img src=x onerror="alert(1)">'));
    const changed = readFileSync(resolve(contentDir, 'articles/broken.md'), 'utf8');
    const build = buildSite('bad-raw-html', { contentDir });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`articles/broken.md:${lineOf(changed, '<img src=x')}: body: raw HTML is not allowed`);
  });

  it('fails on an image that is placed nowhere', () => {
    const { dir: contentDir } = contentWith('image-unplaced', (s) => s.replace('::image{ref=trump-xi}\n', ''));
    const build = buildSite('bad-image-unplaced', { contentDir });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/articles\/broken\.md:\d+: images\.trump-xi: image "trump-xi" is neither the hero nor placed/);
  });

  it('fails on a second figure of one series in an article, naming both lines', () => {
    const { dir: contentDir, source } = contentWith('series-twice', (s) =>
      s.replace('{value=15000 unit=人 label="美國部署到加勒比海的兵力"}', '{value=15000 unit=人 label="美國部署到加勒比海的兵力" series=us-troops}').replace('{value=100 unit=人 label="', '{value=100 unit=人 series=us-troops label="'),
    );
    const build = buildSite('bad-series-twice', { contentDir, command: 'sync' });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`articles/broken.md:${lineOf(source, '{value=100 unit=人 series=us-troops')}: series: series "us-troops" already has a figure in this article (line ${lineOf(source, 'series=us-troops}')})`);
  });

  it('fails on a series written in two units across articles, naming where the first unit was written', () => {
    const withSeries = (unit: string, value: string) => (s: string) => s.replace('{value=15000 unit=人 label="美國部署到加勒比海的兵力"}', `{value=${value} unit=${unit} label="美國部署到加勒比海的兵力" series=us-troops}`);
    const { dir: contentDir, source } = contentWith('series-two-units', withSeries('人', '15000'));
    const other = withSeries('千人', '15')(readFileSync(resolve(PROJECT_ROOT, 'content/articles/venezuela-china-russia-allies.md'), 'utf8'));
    writeFileSync(resolve(contentDir, 'articles/other.md'), other);
    const build = buildSite('bad-series-two-units', { contentDir, command: 'sync' });
    expect(build.ok).toBe(false);
    const line = lineOf(other, 'series=us-troops');
    expect(build.output).toMatch(new RegExp(`articles/other\\.md:${line}: unit: series "us-troops" is measured in "人" \\([^)]*articles/broken\\.md:${lineOf(source, 'series=us-troops')}\\), not "千人": one series, one unit`));
  });

  it('leaves the published folder untouched when the build fails', () => {
    const outDir = resolve(SITES_DIR, 'atomic');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(resolve(outDir, 'index.html'), 'the site as it was');
    const { dir: contentDir } = contentWith('atomic', (s) => s.replace(/^title: .*\n/m, ''));
    const result = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'scripts/build.mjs')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_OUT_DIR: outDir, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: `${outDir}.cache`, PATH: `${resolve(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
    });
    expect(result.status).not.toBe(0);
    expect(readFileSync(resolve(outDir, 'index.html'), 'utf8')).toBe('the site as it was');
    // No staging folder of this build (`<out>.build-tmp`) is left beside it.
    expect(readdirSync(SITES_DIR).filter((name) => name.startsWith('atomic.') && name.endsWith('-tmp'))).toEqual([]);
  });
});

describe('a content file whose name cannot be an address', () => {
  it('fails the build naming the file', () => {
    // A valid article (byline is optional) under a file name that is not ASCII kebab-case.
    const { dir } = contentWith('bad-slug', (s) => s.replace(/^byline: .*\n/m, ''));
    renameSync(resolve(dir, 'articles/broken.md'), resolve(dir, 'articles/委內瑞拉盟友.md'));
    const build = buildSite('bad-slug', { contentDir: dir, command: 'sync' });
    expect(build.ok).toBe(false);
    expect(build.output).toContain('articles/委內瑞拉盟友.md:1: file name: "委內瑞拉盟友" must be ASCII kebab-case');
  });
});
