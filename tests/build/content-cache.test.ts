/**
 * The content cache never lies: after a change to an actor file or to content/conversion.yaml, a build that
 * reuses the cache of the one before gives what a `--force` build gives: the same problems with file and line,
 * the same coverage report, the same pages.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { problemLines } from '../helpers/build-output';
import { buildSite, PROJECT_ROOT, SITES_DIR, type SiteBuild } from '../helpers/build-site';
import { one, readPage, textOf } from '../helpers/html';

const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles');
const contentDir = resolve(SITES_DIR, 'content-cache');
const CACHED = 'cached-site';

/** What the editor reads (problems and coverage) and the pages a reader gets, from one build. */
function result(build: SiteBuild): { ok: boolean; lines: string[] } {
  return { ok: build.ok, lines: problemLines(build.output) };
}

/** The cached build (reusing the cache of the builds before) and a `--force` build of the same content. */
function cachedAndForced(): [SiteBuild, SiteBuild] {
  return [buildSite(CACHED, { contentDir }), buildSite('forced-site', { contentDir, args: ['--force'] })];
}

describe('a build after a change elsewhere than the article', () => {
  beforeEach(() => {
    rmSync(contentDir, { recursive: true, force: true });
    mkdirSync(SITES_DIR, { recursive: true });
    cpSync(FIXTURE, contentDir, { recursive: true });
    rmSync(resolve(SITES_DIR, `${CACHED}.cache`), { recursive: true, force: true });
    const first = buildSite(CACHED, { contentDir });
    expect(first.ok, first.output).toBe(true);
  });

  it('prints the coverage report again, cached or not', () => {
    const [cached, forced] = cachedAndForced();
    expect(result(cached)).toEqual(result(forced));
    expect(result(cached).lines).toContain(`tests/.sites/content-cache/articles/later-article.md: annotation coverage 3/3 (100%)`);
  });

  it('fails with the file and line when an actor an unchanged article names is removed', () => {
    unlinkSync(resolve(contentDir, 'actors/tass.yaml'));
    const [cached, forced] = cachedAndForced();
    expect(cached.ok).toBe(false);
    expect(result(cached)).toEqual(result(forced));
    expect(result(cached).lines).toEqual([
      'tests/.sites/content-cache/articles/earlier-article.md:13: via: unknown actor "tass" (no file content/actors/tass.yaml)',
    ]);
  });

  it('warns of a new actor whose name an unchanged article already holds', () => {
    writeFileSync(resolve(contentDir, 'actors/airspace.yaml'), 'name: 領空\nkind: organisation\nrole: 測試用的當事方\n');
    const [cached, forced] = cachedAndForced();
    expect(result(cached)).toEqual(result(forced));
    expect(result(cached).lines).toContain(
      'tests/.sites/content-cache/articles/later-article.md:10: 領空 names actor "airspace" but is not annotated (write :actor[領空]{ref=airspace}, or :nonmention[領空] if it is not a mention)',
    );
  });

  it('shows an actor\'s new name in the sidebars of unchanged articles', () => {
    const file = resolve(contentDir, 'actors/maduro.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: 測試改名'));
    const [cached, forced] = cachedAndForced();
    for (const build of [cached, forced]) {
      expect(build.ok, build.output).toBe(true);
      expect(textOf(one(readPage(build.outDir, '/zh-hant/articles/later-article/'), '#actor-maduro'))).toContain('測試改名');
    }
  });

  it('converts unchanged articles with changed site overrides, and fails on a bad override with its line', () => {
    writeFileSync(resolve(contentDir, 'conversion.yaml'), '領空: 天空\n');
    const [cached, forced] = cachedAndForced();
    for (const build of [cached, forced]) {
      expect(build.ok, build.output).toBe(true);
      expect(textOf(one(readPage(build.outDir, '/zh-hans/articles/later-article/'), '.article-body'))).toContain('天空');
    }
    writeFileSync(resolve(contentDir, 'conversion.yaml'), '領空: 天空\n領空: 领空\n');
    const [broken, brokenForced] = cachedAndForced();
    expect(broken.ok).toBe(false);
    expect(result(broken)).toEqual(result(brokenForced));
    expect(result(broken).lines).toEqual(['tests/.sites/content-cache/conversion.yaml:2: YAML: Map keys must be unique']);
  });
});

/**
 * An article whose file and whose checks' inputs are unchanged is taken as the last build checked it
 * (src/loaders/checked-entries.ts): each input those checks read, changed alone, must still be found. `astro sync`
 * runs the same content loading as a build, and only it.
 */
describe('an unchanged article whose checks are remembered', () => {
  const checked = resolve(SITES_DIR, 'content-checked');
  const name = 'checked-site';
  const sync = (args: string[] = []) => buildSite(name, { contentDir: checked, command: 'sync', args });
  const syncedAndForced = () => [sync(), buildSite('checked-forced', { contentDir: checked, command: 'sync', args: ['--force'] })] as const;

  beforeEach(() => {
    rmSync(checked, { recursive: true, force: true });
    mkdirSync(SITES_DIR, { recursive: true });
    cpSync(resolve(PROJECT_ROOT, 'tests/fixtures/sites/picture-article'), checked, { recursive: true });
    cpSync(resolve(FIXTURE, 'articles/later-article.md'), resolve(checked, 'articles/later-article.md'));
    for (const actor of ['trump', 'venezuela']) cpSync(resolve(FIXTURE, `actors/${actor}.yaml`), resolve(checked, `actors/${actor}.yaml`));
    rmSync(resolve(SITES_DIR, `${name}.cache`), { recursive: true, force: true });
    const first = sync();
    expect(first.ok, first.output).toBe(true);
  });

  it('is not checked again, and a changed one is', () => {
    const untouched = sync();
    expect(untouched.output).toContain('checked 0 of 2 files of articles; the others as the last load checked them');
    const file = resolve(checked, 'articles/later-article.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n又一段。\n`);
    expect(sync().output).toContain('checked 1 of 2 files of articles; the others as the last load checked them');
  });

  it('fails with the file and line when one of its pictures is removed', () => {
    unlinkSync(resolve(checked, 'articles/with-pictures/map.png'));
    const [synced, forced] = syncedAndForced();
    expect(synced.ok).toBe(false);
    expect(result(synced)).toEqual(result(forced));
    expect(result(synced).lines).toEqual(['tests/.sites/content-checked/articles/with-pictures/index.md:24: images[1].src: no picture file at "./map.png" beside the article']);
  });

  it('fails when a picture is replaced by a file that is not one', () => {
    writeFileSync(resolve(checked, 'articles/with-pictures/map.png'), 'not a picture\n');
    const [synced, forced] = syncedAndForced();
    expect(synced.ok).toBe(false);
    expect(result(synced)).toEqual(result(forced));
    expect(result(synced).lines.join('\n')).toContain('with-pictures/index.md:24: images[1].src: "./map.png" is not a picture');
  });

  it('fails with the file and line when tags.yaml no longer holds its tag', () => {
    writeFileSync(resolve(checked, 'tags.yaml'), '其他: other\n');
    const [synced, forced] = syncedAndForced();
    expect(synced.ok).toBe(false);
    expect(result(synced)).toEqual(result(forced));
    expect(result(synced).lines.join('\n')).toMatch(/with-pictures\/index\.md:26: tags\[0\]: .*測試/);
  });

  it('names the Taiwan words left in its Simplified text on every build', () => {
    const [synced, forced] = syncedAndForced();
    expect(synced.output).toContain('checked 0 of 2 files of articles');
    expect(result(synced)).toEqual(result(forced));
    expect(result(synced).lines).toContain(
      "tests/.sites/content-checked/articles/with-pictures/index.md:3: 檔案 is left as Taiwan writes it in the Simplified edition (mainland: 文件 for a computer file (档案 is an archive or dossier)); if the sentence means that, add it to the article's conversion map",
    );
  });

  it('is checked again under a changed conversion table, and its Taiwan words with it', () => {
    writeFileSync(resolve(checked, 'conversion.yaml'), '檔案: 文件\n');
    const [synced, forced] = syncedAndForced();
    expect(synced.output).toContain('checked 2 of 2 files of articles');
    expect(result(synced)).toEqual(result(forced));
    expect(result(synced).lines.join('\n')).not.toContain('檔案 is left');
  });
});

describe('a build after no change at all', () => {
  it('keeps the pictures of cached articles, whatever was built in between', () => {
    const pictures = resolve(SITES_DIR, 'content-cached-pictures');
    rmSync(pictures, { recursive: true, force: true });
    cpSync(resolve(PROJECT_ROOT, 'tests/fixtures/sites/picture-article'), pictures, { recursive: true });
    rmSync(resolve(SITES_DIR, 'cached-pictures.cache'), { recursive: true, force: true });
    const picturesBuild = () => {
      const build = buildSite('cached-pictures', { contentDir: pictures });
      expect(build.ok, build.output).toBe(true);
      expect(one(readPage(build.outDir, '/zh-hant/articles/with-pictures/'), '.hero img').properties.src).toMatch(/^\/_astro\//);
    };
    picturesBuild();
    // Another site's build declares its own pictures (none) in the project's .astro/ folder…
    expect(buildSite('between-pictures', { contentDir: FIXTURE }).ok).toBe(true);
    // …so the cached build must declare its pictures again rather than count on what an earlier build left there.
    picturesBuild();
  });
});
