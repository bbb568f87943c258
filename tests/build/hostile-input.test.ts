/**
 * Hostile and careless content, one fixture folder per class of input (tests/fixtures/hostile/<class>/, each with
 * several examples and a README saying what the class is). A folder whose `expected.txt` says `builds` must build,
 * and the built site is read with real parsers: no inline script or style, no script-bearing address, every
 * JSON-LD block, feed and JSON file parses, every id unique on its page. Any other `expected.txt` holds the exact
 * lines the build must print, one per problem (paths relative to the content folder), and nothing else: no stack
 * trace, no coverage line for a failing file, no page published.
 *
 * UPDATE_FIXTURES=1 rewrites the expected lines of failing classes from the build's output; review the diff.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, SITES_DIR, type SiteBuild } from '../helpers/build-site';
import { problemLines } from '../helpers/build-output';
import { all, one, readPage, textOf } from '../helpers/html';
import { unsafeSiteContent } from '../helpers/site-safety';

const FIXTURES = resolve(PROJECT_ROOT, 'tests/fixtures/hostile');
/** Actors every fixture may mention; a fixture's own `actors/` adds to them. */
const ACTORS = resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles/actors');
const update = process.env.UPDATE_FIXTURES === '1';

/** A content folder for the class: the shared actors, then the fixture's own files over them. */
function contentFolder(name: string, fixture = name): string {
  const dir = resolve(SITES_DIR, `content-hostile-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(ACTORS, resolve(dir, 'actors'), { recursive: true });
  cpSync(resolve(FIXTURES, fixture), dir, { recursive: true, filter: (source) => !/(README\.md|expected\.txt)$/.test(source) });
  return dir;
}

function buildClass(name: string): { build: SiteBuild; contentDir: string } {
  const contentDir = contentFolder(name);
  return { build: buildSite(`hostile-${name}`, { contentDir }), contentDir };
}

const classes = readdirSync(FIXTURES).sort();

describe('hostile and careless input', () => {
  it('has a fixture folder for every class the issue names', () => {
    expect(classes.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of classes) {
    const expectedFile = resolve(FIXTURES, name, 'expected.txt');
    const expected = readFileSync(expectedFile, 'utf8').trim();

    if (expected === 'builds') {
      it(`builds ${name} into pages with nothing unsafe in them`, () => {
        const { build } = buildClass(name);
        expect(build.ok, build.output).toBe(true);
        expect(unsafeSiteContent(build.outDir)).toEqual([]);
      });
      continue;
    }

    it(`refuses ${name}, one line per problem and nothing else`, () => {
      const { build, contentDir } = buildClass(name);
      expect(build.ok).toBe(false);
      const lines = problemLines(build.output).map((line) => line.replace(`${relative(PROJECT_ROOT, contentDir)}/`, ''));
      if (update) writeFileSync(expectedFile, `${lines.join('\n')}\n`);
      expect(lines).toEqual(expected.split('\n'));
      expect(existsSync(resolve(build.outDir, 'index.html'))).toBe(false);
    });
  }
});

describe('what the hostile classes that build look like to a reader', () => {
  it('shows markup in titles, deks and sources as words in both editions and both feeds', () => {
    const { build } = buildClass('markup-in-text');
    expect(build.ok, build.output).toBe(true);
    const hant = readPage(build.outDir, '/zh-hant/articles/script-title/');
    const hans = readPage(build.outDir, '/zh-hans/articles/script-title/');
    expect(textOf(one(hant, 'h1'))).toBe('標題</script><script>alert(1)</script>');
    expect(textOf(one(hans, 'h1'))).toBe('标题</script><script>alert(1)</script>');
    for (const page of [hant, hans]) {
      const ld = JSON.parse(textOf(one(page, 'script[type="application/ld+json"]'))) as { headline: string };
      expect(ld.headline).toMatch(/^标题|^標題/);
      expect(ld.headline).toContain('</script><script>alert(1)</script>');
      // The page's only scripts are JSON-LD and the site's own files.
      for (const script of all(page, 'script')) expect(script.properties.type === 'application/ld+json' || typeof script.properties.src === 'string').toBe(true);
    }
    // The comment opener in a title swallows nothing after it.
    expect(textOf(one(readPage(build.outDir, '/zh-hans/articles/comment-title/'), 'main'))).toContain('回应称此举违法');
    // `amp: 安培` converts the word as a reader reads it (the title says "&amp;" in letters), never the entity the
    // feed writes for "&": both come out escaped.
    const feed = readFileSync(resolve(build.outDir, 'zh-hans/rss.xml'), 'utf8');
    expect(feed).toContain('<title>盟友 &amp;安培; 对手 &amp; 伙伴 ]]&gt; 国际</title>');
    expect(textOf(one(readPage(build.outDir, '/zh-hans/articles/entities/'), '.article-body p'))).toContain('ampere 与 安培 都是字');
  });

  it('renders code as text without inline styles', () => {
    const { build } = buildClass('code-blocks');
    expect(build.ok, build.output).toBe(true);
    const page = readPage(build.outDir, '/zh-hant/articles/code/');
    expect(textOf(one(page, 'pre code.language-js'))).toContain('const style = "<style>body{display:none}</style>";');
    expect(all(page, '[style]')).toEqual([]);
  });

  it('keeps words inside a link around annotations, with no link inside a link', () => {
    const { build } = buildClass('links-around-annotations');
    expect(build.ok, build.output).toBe(true);
    const page = readPage(build.outDir, '/zh-hant/articles/links/');
    expect(all(page, 'a a')).toEqual([]);
    expect(textOf(one(page, 'a[href="https://example.org/speech"]'))).toBe('請看馬杜羅的講話');
    expect(one(page, 'a[href="https://example.org/speech"] span[id^="m-"]').properties.dataActor).toBe('maduro');
  });

  it('gives generated ids their own names beside the page\'s and the editor\'s', () => {
    const { build } = buildClass('ids-generated');
    expect(build.ok, build.output).toBe(true);
    const ids = all(readPage(build.outDir, '/zh-hant/articles/generated/'), '.article-body [id]').map((element) => element.properties.id);
    expect(ids).toEqual(
      expect.arrayContaining(['h-main', 'f-15', 'f-15-2', 'f-15-2-2', 'm-maduro-1', 'm-maduro-1-2', 'h-actor-maduro', 'h-sources-heading', '第二節', '第二節-2', 'd-2025', 'd-2025-2', 'd-2025-02']),
    );
  });
});

describe('files written on Windows and by careless editors', () => {
  const twin = readFileSync(resolve(FIXTURES, 'windows-files/articles/twin.md'), 'utf8');
  const variants: [string, string][] = [
    ['a byte-order mark', `\uFEFF${twin}`],
    ['Windows line ends', twin.replaceAll('\n', '\r\n')],
    ['blank lines above the frontmatter', `\n\n${twin}`],
    ['all three', `\uFEFF\r\n${twin.replaceAll('\n', '\r\n')}`],
  ];
  let clean: SiteBuild | undefined;
  const cleanTwin = () => (clean ??= buildClass('windows-files').build);
  const built = (dir: string) =>
    ['zh-hant/articles/twin/index.html', 'zh-hans/articles/twin/index.html', 'zh-hant/articles/twin/annotations.json'].map((file) =>
      readFileSync(resolve(dir, file), 'utf8'),
    );

  it.each(variants)('builds a file with %s exactly like its clean twin', (label, text) => {
    const twinBuild = cleanTwin();
    expect(twinBuild.ok, twinBuild.output).toBe(true);
    const contentDir = contentFolder(`windows-files-${label.replaceAll(' ', '-')}`, 'windows-files');
    writeFileSync(resolve(contentDir, 'articles/twin.md'), text);
    const variant = buildSite(`hostile-windows-${label.replaceAll(' ', '-')}`, { contentDir });
    expect(variant.ok, variant.output).toBe(true);
    expect(built(variant.outDir)).toEqual(built(twinBuild.outDir));
  });
});
