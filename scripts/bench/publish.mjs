// @ts-check
/**
 * Publishing into a built archive (`BENCH_ONLY=publish`): for each size (BENCH_PUBLISH_SIZES, 1000 by default), a
 * generated archive is built cold (`npm run build -- --force`, an empty cache), then, on that cache and `dist/`,
 * as a newsroom works: one new article, a one-sentence correction of an old one, and a build with nothing
 * changed; then cold again, of the content as it now is, so the cold time brackets the warm ones on this shared
 * machine, and that last cold `dist/` is compared byte for byte with the warm one.
 *
 * Each build is `npm run build` itself (scripts/build.mjs: staging folder, Astro's incremental build, the old
 * dist/'s unchanged files kept). For each: wall and CPU time, the ratio to the mean of the two cold builds, the
 * pages Astro rendered and copied from its cache, and what changed in `dist/`: files new or with other bytes,
 * files removed, and their MiB, counted by comparing the folder's bytes before and after (what a deploy uploads).
 * Writes docs/benchmarks-publish.md and .json.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { generateArchive } from '../lib/archive-generator.mjs';
import { PROJECT_ROOT } from '../lib/project-root.mjs';
import { measureDevServer } from './dev-server.mjs';
import { measureProcess } from './measure-process.mjs';

/** @param {string} dir @returns {Map<string, string>} site path → sha1 of its bytes */
function snapshot(dir) {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files.set(relative(dir, file).split(sep).join('/'), createHash('sha1').update(readFileSync(file)).digest('hex'));
  }
  return files;
}

/**
 * What changed between two snapshots of a folder.
 * @param {Map<string, string>} before @param {Map<string, string>} after @param {string} dir
 */
function changes(before, after, dir) {
  const changed = [...after].filter(([path, hash]) => before.get(path) !== hash).map(([path]) => path);
  const removed = [...before.keys()].filter((path) => !after.has(path));
  let bytes = 0;
  for (const path of changed) bytes += readFileSync(join(dir, path)).length;
  /** @type {Record<string, number>} */
  const byKind = {};
  for (const path of changed) {
    const kind = path.startsWith('pagefind/') ? 'search index' : path.startsWith('sitemap') ? 'sitemap' : path.endsWith('.html') ? 'pages' : 'other files';
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  }
  /** @type {Record<string, number>} */
  const byPlace = {};
  for (const path of changed) byPlace[placeOf(path)] = (byPlace[placeOf(path)] ?? 0) + 1;
  return { files: after.size, changed: changed.length, removed: removed.length, mib: bytes / 2 ** 20, byKind, byPlace, sample: changed.slice(0, 12) };
}

/**
 * Where a file of dist/ is, as a kind of address: editions, slugs, years and page numbers left out
 * (`zh-hant/actors/maduro/quotes/page/3/index.html` → `actors/*\/quotes/page/*`), so a run tells which lists and pages a
 * publish touches and how many of each.
 * @param {string} path
 */
export function placeOf(path) {
  if (path.startsWith('pagefind/')) {
    // A part's own files (`<part>/index/…`, `<part>/pagefind-entry.json`) by their folder; the edition's (parts.json) as they are.
    return path.replace(/^pagefind\/zh-han[st]\//, 'pagefind/').replace(/^pagefind\/[^/]+\/(?:([a-z]+)\/)?[^/]*$/, (_, folder) => `pagefind/<part>/${folder ?? 'files'}`);
  }
  return (
    path
      .replace(/^zh-han[st]\//, '')
      .replace(/(^|\/)index\.html$/, '')
      .replace(/^(articles|actors|topics|series)\/(?!page\/|names(\/|$))[^/]+/, '$1/*')
      .replace(/^archive\/\d{4}(\/\d{2})?/, 'archive/<month>')
      .replace(/page\/\d+/, 'page/*')
      .replace(/\/$/, '') || 'home'
  );
}

/** Pages Astro copied from its cache and rendered, from its log (`├─ path (restored)` or `├─ path (+12ms)`). @param {string} output */
function pageCounts(output) {
  const lines = output.split('\n').filter((line) => line.includes('├─'));
  return { restored: lines.filter((line) => line.includes('(restored)')).length, rendered: lines.filter((line) => /\(\+\d/.test(line)).length };
}

/**
 * @param {{ contentDir: string, outDir: string, cacheDir: string, args?: string[], log: (message: string) => void, label: string }} options
 */
async function npmRunBuild({ contentDir, outDir, cacheDir, args = [], log, label }) {
  const measured = await measureProcess(process.execPath, [resolve(PROJECT_ROOT, 'scripts/build.mjs'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (!measured.ok) throw new Error(`${label}: the build failed:\n${measured.output.slice(-3000)}`);
  const summary = /(\d+) of (\d+) files new or changed \(([\d.]+) MiB\), (\d+) removed/.exec(measured.output);
  log(`  ${label}: ${measured.seconds.toFixed(1)} s${summary ? `, ${summary[0]}` : ''}`);
  // What the search index took, and how many of its parts (a year each) were indexed rather than taken from the
  // cache (src/integrations/pagefind-editions.ts logs both for each edition).
  const editions = [...measured.output.matchAll(/pages in (\d+) part\(s\), (\d+) indexed and \d+ unchanged \(([\d.]+) s\)/g)];
  const searchSeconds = editions.reduce((sum, match) => sum + Number(match[3]), 0);
  const searchParts = { indexed: editions.reduce((sum, match) => sum + Number(match[2]), 0), of: editions.reduce((sum, match) => sum + Number(match[1]), 0) };
  return { seconds: measured.seconds, cpuSeconds: measured.cpuSeconds, peakRssMb: measured.peakRssMb, searchSeconds, searchParts, ...pageCounts(measured.output) };
}

/**
 * The newest article again under a new slug, dated the newest day: what publishing adds, into the archive's newest
 * year (whose part of the search index is the largest a publish re-indexes), not a year of its own.
 * @param {string} contentDir
 */
function publishOne(contentDir) {
  const articles = join(contentDir, 'articles');
  const newest = readdirSync(articles).filter((name) => name.endsWith('.md')).sort().at(-1);
  if (!newest) throw new Error('no article to copy');
  const source = readFileSync(join(articles, newest), 'utf8');
  const date = /^date: (\d{4}-\d{2}-\d{2})/m.exec(source)?.[1];
  if (!date) throw new Error(`${newest}: no date to publish on`);
  const slug = `${date}-99`;
  writeFileSync(join(articles, `${slug}.md`), source.replace(/^title: (.*)$/m, 'title: $1（續）'));
  return slug;
}

/** A sentence added to an article from the middle of the archive. @param {string} contentDir */
function correctOne(contentDir) {
  const articles = join(contentDir, 'articles');
  const names = readdirSync(articles).filter((name) => name.endsWith('.md')).sort();
  const name = names[Math.floor(names.length / 2)];
  if (!name) throw new Error('no article to correct');
  appendFileSync(join(articles, name), '\n更正：本文稍早誤植一處日期，現已改正。\n');
  return name.replace(/\.md$/, '');
}

/**
 * @param {{ sizes: number[], workDir: string, log: (message: string) => void }} options
 */
export async function measurePublishing({ sizes, workDir, log }) {
  // Each row names the commit it measured: a report may join rows of several runs (BENCH_PUBLISH_REPORT_FROM).
  const commit = spawnSync('git', ['-C', PROJECT_ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || undefined;
  const rows = [];
  for (const articles of sizes) {
    const dir = resolve(workDir, `publish-${articles}`);
    rmSync(dir, { recursive: true, force: true });
    const contentDir = join(dir, 'content');
    const site = join(dir, 'dist');
    const cache = join(dir, 'cache');
    generateArchive(contentDir, { articles, seed: 1 });
    log(`publishing into ${articles} articles`);
    const build = (/** @type {string} */ label, /** @type {string[]} */ args = [], outDir = site, cacheDir = cache) => npmRunBuild({ contentDir, outDir, cacheDir, args, log, label });

    const coldBefore = await build('cold', ['--force']);
    let before = snapshot(site);
    const steps = [];
    for (const [name, change] of /** @type {const} */ ([
      ['new article', () => publishOne(contentDir)],
      ['correction', () => correctOne(contentDir)],
      ['nothing changed', () => ''],
    ])) {
      const changedEntry = change();
      const result = await build(name);
      const after = snapshot(site);
      steps.push({ name, entry: changedEntry, ...result, dist: changes(before, after, site) });
      before = after;
    }
    // Cold again, of the content as it now is, into a folder and cache of its own: the other side of the bracket,
    // and the output the warm dist/ must equal byte for byte.
    const coldSite = join(dir, 'dist-cold');
    const coldAfter = await build('cold again', ['--force'], coldSite, join(dir, 'cache-cold'));
    const coldFiles = snapshot(coldSite);
    const identical = coldFiles.size === before.size && [...coldFiles].every(([path, hash]) => before.get(path) === hash);
    const coldSeconds = (coldBefore.seconds + coldAfter.seconds) / 2;
    // Last, since its edits change the content: `npm run dev` on the cache the warm builds left.
    // A dev server that does not answer in time is recorded as such, not allowed to lose the builds' figures.
    const dev =
      process.env.BENCH_DEV === 'none'
        ? undefined
        : await measureDevServer({ contentDir, cacheDir: cache, log }).catch((error) => ({ error: String(error instanceof Error ? error.message : error).split('\n')[0] }));
    rows.push({
      articles,
      ...(commit ? { commit } : {}),
      pages: coldBefore.rendered + coldBefore.restored,
      cold: [coldBefore, coldAfter],
      coldSeconds,
      steps: steps.map((step) => ({ ...step, ratio: step.seconds / coldSeconds })),
      identicalToCold: identical,
      dev,
    });
    rmSync(dir, { recursive: true, force: true });
  }
  return { rows };
}

/** @param {number} seconds */
const s = (seconds) => `${seconds.toFixed(1)} s`;

/**
 * docs/benchmarks-publish.md from a run's data.
 * @param {any} run @param {string} file
 */
export function writePublishReport(run, file) {
  const lines = [
    '# Publishing into a built archive',
    '',
    `Generated by \`BENCH_ONLY=publish npm run bench\` (scripts/bench/publish.mjs) on ${run.date}.`,
    `Machine: ${run.machine.cpu}, ${run.machine.cores} cores, ${run.machine.memoryGb} GB, Node ${run.machine.node}; shared with other work, so`,
    'times are compared only within one run: each size is built cold before and after the warm builds and the ratios',
    'are to the mean of the two. CPU time (user + system of every process of the build) moves far less with the',
    "machine's other work than wall time does.",
    '',
    'Every build is `npm run build` (scripts/build.mjs): Astro builds into a staging folder with its incremental build',
    "(a page whose cacheKey and code are unchanged is copied from Astro's cache), the new folder keeps the old `dist/`'s",
    'files wherever their bytes are unchanged, and it is swapped in whole. Files changed = files of `dist/` new or with',
    'other bytes than before (what a deploy uploads), counted by comparing the folder before and after.',
    '',
  ];
  for (const row of run.rows) {
    lines.push(`## ${row.articles.toLocaleString('en')} articles (${row.pages.toLocaleString('en')} pages)`, '');
    if (row.commit || row.date) lines.push(`Measured${row.commit ? ` at commit ${row.commit}` : ''}${row.date ? ` in the run of ${row.date}` : ''}.`, '');
    const coldCpu = (row.cold[0].cpuSeconds + row.cold[1].cpuSeconds) / 2;
    lines.push(
      `Cold (\`--force\`, empty cache): ${s(row.cold[0].seconds)} before, ${s(row.cold[1].seconds)} after, mean ${s(row.coldSeconds)}; CPU time ${s(row.cold[0].cpuSeconds)} and ${s(row.cold[1].cpuSeconds)}, mean ${s(coldCpu)}.`,
      '',
    );
    lines.push('| build | time | × cold | CPU time | × cold (CPU) | of which search index | search parts indexed | pages rendered / copied | files changed | removed | MiB written | changed, by kind |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const step of row.steps) {
      const kinds = Object.entries(step.dist.byKind).map(([kind, count]) => `${kind} ${count}`).join(', ') || 'none';
      lines.push(
        `| ${step.name} | ${s(step.seconds)} | ${step.ratio.toFixed(2)}× | ${s(step.cpuSeconds)} | ${(step.cpuSeconds / coldCpu).toFixed(2)}× | ${step.searchSeconds === undefined ? 'not measured' : s(step.searchSeconds)} | ${step.searchParts ? `${step.searchParts.indexed} of ${step.searchParts.of}` : 'not measured'} | ${step.rendered} / ${step.restored} | ${step.dist.changed} of ${step.dist.files.toLocaleString('en')} | ${step.dist.removed} | ${step.dist.mib.toFixed(2)} | ${kinds} |`,
      );
    }
    lines.push('');
    // Runs before the bench counted files by place have only their kinds above.
    for (const step of row.steps.filter((/** @type {any} */ step) => step.dist.byPlace && step.dist.changed > 0)) {
      const places = Object.entries(step.dist.byPlace).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
      lines.push(`Files changed by the ${step.name}, by place (both editions): ${places.map(([place, count]) => `\`${place}\` ${count}`).join(', ')}.`, '');
    }
    lines.push(`The warm \`dist/\` after these builds and the cold build of the same content are ${row.identicalToCold ? 'byte for byte identical' : '**not identical**'}.`, '');
    if (row.dev?.error) lines.push(`\`npm run dev\` on the cache those builds left: ${row.dev.error}.`, '');
    else if (row.dev) {
      const edits = row.dev.saveToVisibleSeconds.map((/** @type {number} */ seconds) => s(seconds)).join(', ');
      // Runs before #28's dev work recorded the first page as readySeconds.
      const home = row.dev.homeSeconds ?? row.dev.readySeconds;
      lines.push(`\`npm run dev\` on the content those builds left: first page after ${s(home)}; an edit saved to an article visible on its page after ${edits} (\`BENCH_ONLY=dev\` measures more, below).`, '');
    }
  }
  if (run.notes) lines.push('## Notes', '', ...run.notes, '');
  // The dev server's section is written by its own run (BENCH_ONLY=dev, dev-scaling.mjs): kept as it is.
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const devStart = previous.indexOf('\n## `npm run dev`\n');
  const devEnd = devStart === -1 ? -1 : previous.indexOf('\n## ', devStart + 2);
  if (devStart !== -1) lines.push(previous.slice(devStart + 1, devEnd === -1 ? undefined : devEnd).trimEnd(), '');
  writeFileSync(file, `${lines.join('\n')}`);
}
