/**
 * `npm run dev` tells the truth: a content problem (unknown actor, bad frontmatter, bad annotation) shows its
 * `file:line: field: message` line in the terminal and in the browser's error overlay, on every request, until the
 * file is fixed; the page then comes back with the fix. Runs `astro dev` on a copy of the two-article fixture and
 * edits it as an editor would.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inheritedEnv, PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';
import { useBrowser } from './helpers/browser';

const contentDir = resolve(SITES_DIR, 'content-dev');
const article = resolve(contentDir, 'articles/later-article.md');
const label = relative(PROJECT_ROOT, article);
const original = readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles/articles/later-article.md'), 'utf8');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

let server: ChildProcess;
let origin = '';
let terminal = '';

function devEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _test, ...env } = inheritedEnv();
  return env;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Asks for `path` until `accept` likes the answer (the dev server reloads content a moment after a save). */
async function fetchUntil(path: string, accept: (status: number, body: string) => boolean): Promise<{ status: number; body: string }> {
  let last = { status: 0, body: '' };
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(`${origin}${path}`);
      last = { status: response.status, body: await response.text() };
      if (accept(last.status, last.body)) return last;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${origin}${path} never gave the expected answer; last: ${last.status} ${last.body.slice(0, 300)}\n${terminal.slice(-2000)}`);
}

const previewed = (title: string, fields: string) =>
  `---\ntitle: ${title}\n${fields}\nsources:\n  - name: 測試通訊社\n    role: original\n---\n\n:actor[馬杜羅]{ref=maduro}的${title}。\n`;
const PREVIEWED = {
  draft: previewed('預覽中的草稿', 'date: 2025-12-02\ndraft: true'),
  embargoed: previewed('預覽中的禁發文章', 'date: 2099-01-01\ntime: 09:30+08:00'),
};

function edit(text: string): void {
  writeFileSync(article, text);
}

describe('npm run dev with a content problem', () => {
  const browser = useBrowser();

  beforeAll(async () => {
    rmSync(contentDir, { recursive: true, force: true });
    mkdirSync(SITES_DIR, { recursive: true });
    cpSync(resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles'), contentDir, { recursive: true });
    // What a build leaves out, which the preview shows, marked.
    writeFileSync(resolve(contentDir, 'articles/draft-preview.md'), PREVIEWED.draft);
    writeFileSync(resolve(contentDir, 'articles/embargo-preview.md'), PREVIEWED.embargoed);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(resolve(PROJECT_ROOT, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: PROJECT_ROOT,
      // As `npm run dev` runs it: without Vitest's NODE_ENV=test, under which the dev server's reloads of an open
      // tab did not arrive (npm sets no NODE_ENV; astro dev then runs as development).
      env: { ...devEnv(), CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: resolve(SITES_DIR, 'dev.cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    server.stdout?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
    await fetchUntil('/zh-hant/articles/later-article/', (status) => status === 200);
  });

  afterAll(() => {
    server?.kill();
  });

  const cases: [string, (text: string) => string, (text: string) => string][] = [
    [
      'an unknown actor',
      (text) => text.replace('{ref=maduro}', '{ref=maduroo}'),
      (text) => `${label}:${lineOf(text, 'maduroo')}: ref: unknown actor "maduroo" (no file content/actors/maduroo.yaml)`,
    ],
    ['bad frontmatter', (text) => text.replace('date: 2025-12-01', 'date: 2025-13-11'), () => `${label}:4: date: must be a real date written as YYYY-MM-DD (got "2025-13-11")`],
    [
      'a bad annotation',
      (text) => text.replace('回應稱此舉違法。', '回應稱此舉違法，:figure[]{value=3 label=架次}。'),
      (text) => `${label}:${lineOf(text, ':figure[]')}: text: :figure[…] needs the words it marks between the brackets`,
    ],
  ];

  it('previews drafts and embargoed articles, each marked as such on its page and listed with the others', async () => {
    const draft = await fetchUntil('/zh-hant/articles/draft-preview/', (status) => status === 200);
    expect(draft.body).toContain('草稿（draft: true）：只在 npm run dev 中預覽，建置不會刊出。');
    const embargoed = await fetchUntil('/zh-hant/articles/embargo-preview/', (status) => status === 200);
    expect(embargoed.body).toContain('禁發至 2099-01-01 09:30 (UTC+08:00)：只在 npm run dev 中預覽，建置在此之前不會刊出。');
    const published = await fetchUntil('/zh-hant/articles/later-article/', (status) => status === 200);
    expect(published.body).not.toContain('data-publication');
    const home = await fetchUntil('/zh-hant/', (status) => status === 200);
    expect(home.body).toContain('draft-preview');
    expect(home.body).toContain('embargo-preview');
    expect(terminal).toContain('articles/embargo-preview.md: embargoed until 2099-01-01 09:30 (UTC+08:00): shown here, marked');
  });

  it('shows a problem saved while the tab is open in that tab, and the fixed page once the fix is saved, with no refresh', async () => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${origin}/zh-hant/articles/later-article/`);
    await page.locator('h1').waitFor();
    const broken = original.replace('{ref=maduro}', '{ref=maduroo}');
    const line = `${label}:${lineOf(broken, 'maduroo')}: ref: unknown actor "maduroo" (no file content/actors/maduroo.yaml): did you mean "maduro"?`;
    const overlay = page.locator('vite-error-overlay');
    let saved = Date.now();
    edit(broken);
    // No page.reload() or goto from here on: the tab itself must change.
    await overlay.waitFor({ state: 'attached', timeout: 15_000 });
    await expect.poll(() => overlay.evaluate((element) => element.shadowRoot?.textContent ?? ''), { timeout: 15_000 }).toContain(line);
    const problemShown = Date.now() - saved;
    saved = Date.now();
    edit(original);
    await overlay.waitFor({ state: 'detached', timeout: 15_000 });
    await expect.poll(() => page.locator('.article-body').textContent(), { timeout: 15_000 }).toContain('回應稱此舉違法');
    const fixShown = Date.now() - saved;
    // How long each took, for the record (docs/testing.md): not asserted, since the machine's load decides it.
    writeFileSync(resolve(SITES_DIR, 'dev-loop-latency.json'), JSON.stringify({ problemShownMs: problemShown, fixShownMs: fixShown }));
    await page.context().close();
  });

  it('is not flooded by a build run beside it', async () => {
    const outDir = resolve(SITES_DIR, 'dev-beside/dist');
    // As after two builds: the last one's dist/, which this build moves aside (<dist>.replaced-tmp), and the one
    // before it, moved aside then, which this build deletes while it works. The watcher reports neither.
    rmSync(resolve(SITES_DIR, 'dev-beside'), { recursive: true, force: true });
    for (const dir of [outDir, `${outDir}.replaced-tmp`]) {
      for (const page of ['index.html', 'zh-hant/index.html', 'zh-hans/index.html', 'zh-hant/articles/index.html']) {
        mkdirSync(resolve(dir, page, '..'), { recursive: true });
        writeFileSync(resolve(dir, page), '<!doctype html><title>an earlier build</title>');
      }
    }
    await new Promise((wait) => setTimeout(wait, 1000));
    const before = terminal.length;
    const build = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'scripts/build.mjs')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...inheritedEnv(),
        // As `npm run build` runs it: astro from the project's node_modules/.bin.
        PATH: `${resolve(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
        CONTENT_DIR: resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles'),
        // Into a dist/ folder with Astro's own cache, as `npm run build` writes.
        ASTRO_OUT_DIR: outDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    // A moment for the watcher to report what it saw.
    await new Promise((wait) => setTimeout(wait, 2000));
    const printed = terminal.slice(before).split('\n').filter((printedLine) => printedLine.trim() !== '');
    expect(printed.length, printed.join('\n')).toBeLessThanOrEqual(3);
  });

  for (const [name, breakIt, expectedLine] of cases) {
    it(`shows ${name} on every page until it is fixed`, async () => {
      const broken = breakIt(original);
      const line = expectedLine(broken);
      const before = terminal.length;
      edit(broken);
      // Every page answers with the problem, not only the article: nothing stale is served as if all were well.
      for (const path of ['/zh-hant/articles/later-article/', '/zh-hans/', '/zh-hant/actors/maduro/']) {
        const { status } = await fetchUntil(path, (code) => code === 500);
        expect(status).toBe(500);
      }
      expect(terminal.slice(before)).toContain(line);
      expect(terminal.slice(before)).not.toMatch(/^\s+at /m);

      const page = await (await browser().newContext()).newPage();
      await page.goto(`${origin}/zh-hant/articles/later-article/`);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 30_000 });
      await expect.poll(() => overlay.evaluate((element) => element.shadowRoot?.textContent ?? ''), { timeout: 30_000 }).toContain(line);
      await page.context().close();

      edit(original);
      const fixed = await fetchUntil('/zh-hant/articles/later-article/', (code) => code === 200);
      expect(fixed.body).toContain('回應稱此舉違法');
    });
  }
});
