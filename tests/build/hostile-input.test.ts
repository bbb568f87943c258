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
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphemes } from '../../src/lib/text/graphemes';
import { buildSite, inheritedEnv, PROJECT_ROOT, SITES_DIR, type SiteBuild } from '../helpers/build-site';
import { TIMELINE_ENTRY } from '../helpers/annotation-selectors';
import { problemLines } from '../helpers/build-output';
import { all, one, readPage, textOf } from '../helpers/html';
import { unsafeSiteContent } from '../helpers/site-safety';
import { brokenLinks, describeProblems } from '../helpers/site-links';
import { siteDifferences } from '../helpers/site-files';

const FIXTURES = resolve(PROJECT_ROOT, 'tests/fixtures/hostile');
/** Actors every fixture may mention; a fixture's own `actors/` adds to them. */
const ACTORS = resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles/actors');
const update = process.env.UPDATE_FIXTURES === '1';
/** The public address every class is built with: fixtures write links as the site's own full address. */
const SITE = 'https://news.example.org';

/** Content folders made outside the project, removed when the file's tests are done. */
const outsideFolders: string[] = [];
afterAll(() => {
  for (const dir of outsideFolders) rmSync(dir, { recursive: true, force: true });
});

/**
 * A content folder for the class: the shared actors, then the fixture's own files over them, then whatever its
 * `setup.mjs` makes that git cannot hold (a named pipe, a link to /, a file of a megabyte):
 * `export default function setup(contentDir) {…}`. Such a folder is made outside the project, in the system's
 * temporary folder, and removed afterwards: a tool that walks the project (`astro dev`'s file watcher) would
 * follow its links round in circles or over the whole disk.
 */
async function contentFolder(name: string, fixture = name): Promise<string> {
  const setup = resolve(FIXTURES, fixture, 'setup.mjs');
  const dir = existsSync(setup) ? mkdtempSync(join(tmpdir(), `content-hostile-${name}-`)) : resolve(SITES_DIR, `content-hostile-${name}`);
  if (existsSync(setup)) outsideFolders.push(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(ACTORS, resolve(dir, 'actors'), { recursive: true });
  cpSync(resolve(FIXTURES, fixture), dir, { recursive: true, filter: (source) => !/(README\.md|expected\.txt|setup\.mjs)$/.test(source) });
  if (existsSync(setup)) ((await import(setup)) as { default: (contentDir: string) => void }).default(dir);
  return dir;
}

async function buildClass(name: string): Promise<{ build: SiteBuild; contentDir: string }> {
  const contentDir = await contentFolder(name);
  return { build: buildSite(`hostile-${name}`, { contentDir, env: { SITE_URL: SITE, BASE_PATH: '/' } }), contentDir };
}

const classes = readdirSync(FIXTURES).sort();
/** Classes refused only at the end of the build, once pages are written: built as `npm run build` builds (below). */
const REFUSED_AFTER_RENDERING = new Set(['dead-page-fragments']);

describe('hostile and careless input', () => {
  it('has a fixture folder for every class the issue names', () => {
    expect(classes.length).toBeGreaterThanOrEqual(26);
  });

  for (const name of classes.filter((each) => !REFUSED_AFTER_RENDERING.has(each))) {
    const expectedFile = resolve(FIXTURES, name, 'expected.txt');
    const expected = readFileSync(expectedFile, 'utf8').trim();

    if (expected === 'builds') {
      it(`builds ${name} into pages with nothing unsafe in them`, async () => {
        const { build } = await buildClass(name);
        expect(build.ok, build.output).toBe(true);
        expect(unsafeSiteContent(build.outDir)).toEqual([]);
      });
      continue;
    }

    it(`refuses ${name}, one line per problem and nothing else`, async () => {
      const { build, contentDir } = await buildClass(name);
      expect(build.ok).toBe(false);
      const lines = problemLines(build.output).map((line) => line.replace(`${relative(PROJECT_ROOT, contentDir)}/`, ''));
      if (update) writeFileSync(expectedFile, `${lines.join('\n')}\n`);
      expect(lines).toEqual(expected.split('\n'));
      expect(existsSync(resolve(build.outDir, 'index.html'))).toBe(false);
    });
  }
});

describe('what the hostile classes that build look like to a reader', () => {
  it('shows markup in titles, deks and sources as words in both editions and both feeds', async () => {
    const { build } = await buildClass('markup-in-text');
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

  it('renders code as text without inline styles', async () => {
    const { build } = await buildClass('code-blocks');
    expect(build.ok, build.output).toBe(true);
    const page = readPage(build.outDir, '/zh-hant/articles/code/');
    expect(textOf(one(page, 'pre code.language-js'))).toContain('const style = "<style>body{display:none}</style>";');
    expect(all(page, '[style]')).toEqual([]);
  });

  it('keeps words inside a link around annotations, with no link inside a link', async () => {
    const { build } = await buildClass('links-around-annotations');
    expect(build.ok, build.output).toBe(true);
    const page = readPage(build.outDir, '/zh-hant/articles/links/');
    expect(all(page, 'a a')).toEqual([]);
    expect(textOf(one(page, 'a[href="https://example.org/speech"]'))).toBe('請看馬杜羅的講話');
    expect(one(page, 'a[href="https://example.org/speech"] span[id^="m-"]').properties.dataActor).toBe('maduro');
  });

  it('gives generated ids their own names beside the page\'s and the editor\'s', async () => {
    const { build } = await buildClass('ids-generated');
    expect(build.ok, build.output).toBe(true);
    const ids = all(readPage(build.outDir, '/zh-hant/articles/generated/'), '.article-body [id]').map((element) => element.properties.id);
    expect(ids).toEqual(
      expect.arrayContaining(['h-main', 'f-15', 'f-15-2', 'f-15-2-2', 'm-maduro-1', 'm-maduro-1-2', 'h-actor-maduro', 'h-sources-heading', '第二節', '第二節-2', 'd-2025', 'd-2025-2', 'd-2025-02']),
    );
  });
});

describe('what the third round\'s classes that build look like to a reader', () => {
  it('links to every kind of page and anchor, all of which resolve in both editions of the built site', async () => {
    const { build } = await buildClass('live-links');
    expect(build.ok, build.output).toBe(true);
    expect(describeProblems(brokenLinks(build.outDir, { site: SITE }))).toBe('');
    for (const edition of ['zh-hant', 'zh-hans']) {
      const links = all(readPage(build.outDir, `/${edition}/articles/living/`), '.article-body a[href]').map((link) => String(link.properties.href));
      // Written from the site's root, made relative to the page: it still leads there under a base path.
      expect(links).toContain('../../../zh-hant/actors/maduro/');
      // Written as the site's own full address: checked like the others (brokenLinks above), left as written.
      expect(links).toContain('https://news.example.org/zh-hans/articles/target/#%E5%AE%83%E7%9A%84%E4%B8%80%E7%AF%80');
      expect(links.filter((href) => !href.startsWith('#m-') && !href.startsWith('#actor-') && !href.startsWith('#quote-') && !href.startsWith('#figure-'))).toHaveLength(23);
    }
  });

  it('reads figures typed full-width as ASCII: one chart of shares drawn against 100 %', async () => {
    const { build } = await buildClass('chart-ime-forms');
    expect(build.ok, build.output).toBe(true);
    const page = readPage(build.outDir, '/zh-hant/articles/ime/');
    const charts = all(page, 'figure.figure-chart');
    expect(charts).toHaveLength(1);
    expect(all(charts[0]!, 'meter').map((meter) => [meter.properties.value, meter.properties.max])).toEqual([['20', '100'], ['15', '100'], ['30', '100']]);
    expect(all(charts[0]!, 'li > a').map(textOf)).toEqual(['20%', '15%', '30%']);
  });

  it('cuts timeline excerpts between the characters a reader sees', async () => {
    const { build } = await buildClass('grapheme-cuts');
    expect(build.ok, build.output).toBe(true);
    const page = readPage(build.outDir, '/zh-hant/articles/cuts/');
    const entries = all(page, `${TIMELINE_ENTRY} > a`);
    expect(entries).toHaveLength(40);
    for (const entry of entries) {
      const sentence = textOf(one(page, `.article-body p:has(> time[id="${String(entry.properties.href).slice(1)}"])`)).replace(/。$/, '');
      const kept = graphemes(textOf(entry).replace(/…$/, ''));
      expect(textOf(entry)).toMatch(/…$/);
      expect(kept, textOf(entry)).toEqual(graphemes(sentence).slice(0, kept.length));
    }
  });
});

describe('drafts', () => {
  it('leave no trace: the site built with them is byte for byte the site built without them', async () => {
    const { build, contentDir } = await buildClass('drafts');
    expect(build.ok, build.output).toBe(true);
    // The same content folder with every draft taken out.
    const withoutDir = resolve(SITES_DIR, 'content-hostile-drafts-removed');
    rmSync(withoutDir, { recursive: true, force: true });
    cpSync(contentDir, withoutDir, { recursive: true });
    rmSync(resolve(withoutDir, 'articles/secret-draft'), { recursive: true });
    rmSync(resolve(withoutDir, 'articles/old-draft.md'));
    const without = buildSite('hostile-drafts-removed', { contentDir: withoutDir });
    expect(without.ok, without.output).toBe(true);
    // The published article is there in both (the comparison would pass on two empty sites).
    expect(textOf(one(readPage(build.outDir, '/zh-hant/articles/published/'), 'h1'))).toBe('已發表的文章');
    expect(siteDifferences(build.outDir, without.outDir)).toEqual([]);
  });
});

describe('links to fragments of pages that are not articles', () => {
  it('are checked over the built pages: one line per dead one at its file and line, and npm run build publishes nothing', async () => {
    const contentDir = await contentFolder('dead-page-fragments');
    const outDir = resolve(SITES_DIR, 'hostile-dead-page-fragments-dist');
    rmSync(outDir, { recursive: true, force: true });
    const env = { ...inheritedEnv(), CONTENT_DIR: contentDir, SITE_URL: SITE, BASE_PATH: '/', ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}.cache`, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${resolve(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
    const build = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'scripts/build.mjs')], { cwd: PROJECT_ROOT, env, encoding: 'utf8' });
    const output = `${build.stdout}\n${build.stderr}`;
    const expectedFile = resolve(FIXTURES, 'dead-page-fragments/expected.txt');
    const lines = problemLines(output).map((line) => line.replace(`${relative(PROJECT_ROOT, contentDir)}/`, '').replace(`${PROJECT_ROOT}/`, ''));
    if (update) writeFileSync(expectedFile, `${lines.join('\n')}\n`);
    expect(build.status, output).not.toBe(0);
    expect(output).not.toMatch(/^\s+at /m);
    expect(lines).toEqual(readFileSync(expectedFile, 'utf8').trim().split('\n'));
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('two builds at once in one folder', () => {
  it('lets one build run and tells the other, which exits non-zero; dist/ is the whole site', async () => {
    const contentDir = await contentFolder('two-builds');
    const outDir = resolve(SITES_DIR, 'hostile-two-builds-dist');
    rmSync(outDir, { recursive: true, force: true });
    const lock = resolve(PROJECT_ROOT, '.build.lock');
    const env = { ...inheritedEnv(), CONTENT_DIR: contentDir, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}.cache`, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${resolve(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
    const first = spawn(process.execPath, [resolve(PROJECT_ROOT, 'scripts/build.mjs')], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstOutput = '';
    first.stdout.on('data', (chunk: Buffer) => (firstOutput += String(chunk)));
    first.stderr.on('data', (chunk: Buffer) => (firstOutput += String(chunk)));
    const firstDone = new Promise<number | null>((settle) => first.on('exit', settle));
    const holder = () => (existsSync(lock) ? (JSON.parse(readFileSync(lock, 'utf8') || '{}') as { pid?: number }).pid : undefined);
    while (holder() !== first.pid) await new Promise((wake) => setTimeout(wake, 50));

    const second = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'scripts/build.mjs')], { cwd: PROJECT_ROOT, env, encoding: 'utf8' });
    expect(second.status).toBe(75);
    expect(problemLines(`${second.stdout}\n${second.stderr}`)).toEqual([expect.stringMatching(new RegExp(`^Another build is running in this folder \\(pid ${first.pid} on `))]);

    expect(await firstDone, firstOutput).toBe(0);
    for (const file of ['index.html', '404.html', 'zh-hant/index.html', 'zh-hans/articles/only/index.html', 'pagefind/zh-hant/parts.json']) {
      expect(existsSync(resolve(outDir, file)), file).toBe(true);
    }
    expect(readdirSync(resolve(outDir, '_astro')).some((file) => file.endsWith('.css'))).toBe(true);
    expect(existsSync(lock)).toBe(false);
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
  const cleanTwin = async () => (clean ??= (await buildClass('windows-files')).build);
  const built = (dir: string) =>
    ['zh-hant/articles/twin/index.html', 'zh-hans/articles/twin/index.html', 'zh-hant/articles/twin/annotations.json'].map((file) =>
      readFileSync(resolve(dir, file), 'utf8'),
    );

  it.each(variants)('builds a file with %s exactly like its clean twin', async (label, text) => {
    const twinBuild = await cleanTwin();
    expect(twinBuild.ok, twinBuild.output).toBe(true);
    const contentDir = await contentFolder(`windows-files-${label.replaceAll(' ', '-')}`, 'windows-files');
    writeFileSync(resolve(contentDir, 'articles/twin.md'), text);
    const variant = buildSite(`hostile-windows-${label.replaceAll(' ', '-')}`, { contentDir });
    expect(variant.ok, variant.output).toBe(true);
    expect(built(variant.outDir)).toEqual(built(twinBuild.outDir));
  });
});
