// @ts-check
/**
 * The build at archive scale: for each size, a generated archive (scripts/lib/archive-generator.mjs) built by the
 * base commit and by this one, side by side in the same run (the machine is shared, so only ratios measured
 * together mean much), then a warm rebuild of this commit after one article's text changed. For each build: wall
 * time, peak RSS of every process (Astro's and Pagefind's), HTML pages written, time per page and the phases.
 * At every size the archive's joins alone (archive-joins.mjs: actor index, read next, series), and at the largest
 * also every page against the page budgets (every article page over 15 KB broken down against the seed article's
 * page, built from the site's own content once: article-budget.mjs), and search: index size and time per edition
 * and what a first search downloads in Chromium.
 *
 * The smallest archive is built by this commit a second time, right after the largest: the two sizes are measured
 * many minutes apart on a shared machine whose speed drifts, and the time per page of the smallest size, taken
 * before and after, brackets that drift (budgets.mjs compares the largest with their mean).
 * BENCH_WARM=none leaves out the warm rebuilds (for a quicker run that only checks how the build scales).
 *
 * The base commit is checked out with `git archive` into the scratch folder (no worktree is registered) and uses
 * this project's node_modules, so both builds run the same Astro.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateArchive } from '../lib/archive-generator.mjs';
import { buildNodeOptions } from '../lib/build-node-options.mjs';
import { PROJECT_ROOT } from '../lib/project-root.mjs';
import { measureJoins } from './archive-joins.mjs';
import { judgeArticles, seedReference } from './article-budget.mjs';
import { buildPhases } from './build-phases.mjs';
import { measureFirstSearches } from './first-search.mjs';
import { measureProcess } from './measure-process.mjs';
import { weighEveryPage } from './page-budgets.mjs';
import { weighPage } from './page-weight.mjs';

const KB = 1024;
export const PAGE_GZIP_LIMIT = 15 * KB;
export const HTML_RAW_LIMIT = 100 * KB;
const EDITION_QUERIES = [
  { edition: 'zh-hant', query: '馬杜羅' },
  { edition: 'zh-hans', query: '马杜罗' },
];

/**
 * @typedef {object} ArchiveBuild
 * @property {boolean} ok
 * @property {string} [error] The end of the build's output when it failed.
 * @property {number} seconds
 * @property {number} pages HTML files written.
 * @property {number} msPerPage
 * @property {number} cpuSeconds CPU time of every process of the build (user + system).
 * @property {number} cpuMsPerPage CPU time per page: less moved by the rest of a shared machine than wall time.
 * @property {number} astroPeakMb The largest Node process (Astro's).
 * @property {number} searchPeakMb The largest Pagefind process (0 when none ran).
 * @property {number} treePeakMb All processes together.
 * @property {import('./measure-process.mjs').ProcessPeak[]} processes
 * @property {import('./build-phases.mjs').BuildPhases} phases
 * @property {number} dataStoreMb Size of Astro's content data store on disk.
 * @property {number} memoryPeakAt Seconds into the build at which the largest process peaked (1 s resolution).
 * @property {GcTotals | undefined} gc Garbage collection in Astro's process (gc-observer.mjs).
 */

/**
 * @typedef {object} GcTotals
 * @property {number} ms All collections, in milliseconds of pause.
 * @property {number} majorMs Full (mark-compact) collections.
 * @property {number} minorMs Scavenges of the young generation.
 * @property {number} count
 */

const GC_OBSERVER = pathToFileURL(resolve(PROJECT_ROOT, 'scripts/bench/gc-observer.mjs')).href;

/**
 * @param {{ sizes: number[], baseCommit: string | undefined, workDir: string, log: (message: string) => void, warm?: boolean }} options
 */
export async function measureArchiveScaling({ sizes, baseCommit, workDir, log, warm: withWarm = true }) {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const baseDir = baseCommit ? checkOutBase(baseCommit, join(workDir, 'base')) : undefined;
  const largest = Math.max(...sizes);
  const smallest = Math.min(...sizes);
  const rows = [];
  /** @type {ArchiveBuild | undefined} */
  let smallestAgain;
  for (const count of sizes) {
    const contentDir = join(workDir, `content-${count}`);
    const manifest = generateArchive(contentDir, { articles: count });
    /** @type {ArchiveBuild | undefined} */
    let base;
    if (baseDir) {
      log(`archive of ${count}: building the base commit ${baseCommit}`);
      base = await buildArchive(baseDir, contentDir, join(baseDir, `.bench-${count}`));
      rmSync(join(baseDir, `.bench-${count}`), { recursive: true, force: true });
      log(`  base: ${describe(base)}`);
    }
    log(`archive of ${count}: building this commit`);
    const siteWork = join(workDir, `site-${count}`);
    const site = await buildArchive(PROJECT_ROOT, contentDir, siteWork);
    log(`  this commit: ${describe(site)}`);
    if (!site.ok) throw new Error(`this commit does not build the archive of ${count}:\n${site.error}`);
    if (count === largest && smallest < largest) {
      log(`archive of ${smallest}: building this commit again, right after the archive of ${largest}`);
      smallestAgain = await buildGenerated(smallest, join(workDir, `again-${smallest}`));
      log(`  this commit, again: ${describe(smallestAgain)}`);
    }

    const joins = await measureJoins(join(siteWork, 'dist'), manifest, join(workDir, 'joins'));
    log(`  joins alone: actor index ${joins.actorIndexMs.toFixed(0)} ms, read next ${joins.relatedMs.toFixed(0)} ms, series ${joins.seriesMs.toFixed(0)} ms`);
    const weighed = count === largest ? weighEveryPage(join(siteWork, 'dist'), { gzipLimit: PAGE_GZIP_LIMIT, rawLimit: HTML_RAW_LIMIT }) : undefined;
    const articles = await judgeArticlePages(weighed, join(siteWork, 'dist'), join(workDir, 'seed'), log);
    // The pages over the limit are in the judgement, broken down; the report keeps their count.
    const weights = weighed?.map(({ overGzipPages, ...row }) => row);
    const search = count === largest ? await measureSearch(join(siteWork, 'dist'), site) : undefined;
    if (search) log(`  search: ${search.firstSearches.map((entry) => `${entry.edition} ${Math.round(entry.milliseconds)} ms, ${(entry.bytes / KB).toFixed(0)} KB in ${entry.requests} requests`).join('; ')}`);

    const warm = withWarm ? await rebuildWarm(manifest, contentDir, siteWork, log) : undefined;
    rmSync(siteWork, { recursive: true, force: true });
    rmSync(contentDir, { recursive: true, force: true });
    rows.push({ articles: count, actors: 28 + manifest.actors.length, base, site, warm, weights, articleBudget: articles, search, joins });
  }
  rmSync(workDir, { recursive: true, force: true });
  const smallestRow = rows.find((row) => row.articles === smallest);
  if (smallestRow && smallestAgain) Object.assign(smallestRow, { siteAgain: smallestAgain });
  return { baseCommit, rows };
}

/**
 * Every article page over the flat limit against the seed article's page (article-budget.mjs). The seed page is
 * built from the site's own content (what BENCH_ONLY=pages weighs), its heavier edition taken.
 * @param {import('./page-budgets.mjs').KindWeight[] | undefined} weights
 * @param {string} siteDir
 * @param {string} seedWork
 * @param {(message: string) => void} log
 */
async function judgeArticlePages(weights, siteDir, seedWork, log) {
  const row = weights?.find((kind) => kind.kind === 'article');
  if (!row) return undefined;
  log('the seed article alone, built from the site\'s own content, as the article budget\'s reference');
  const seedBuild = await buildArchive(PROJECT_ROOT, resolve(PROJECT_ROOT, 'content'), seedWork);
  if (!seedBuild.ok) throw new Error(`the site's own content does not build:\n${seedBuild.error}`);
  const seedSite = join(seedWork, 'dist');
  const [seedPage] = ['zh-hant', 'zh-hans']
    .flatMap((edition) => readdirSync(join(seedSite, edition, 'articles')).map((slug) => weighPage(seedSite, `/${edition}/articles/${slug}/`)))
    .sort((a, b) => b.textTotal.gzip - a.textTotal.gzip);
  if (!seedPage) throw new Error('the site\'s own content has no article page');
  const seed = seedReference(seedPage.path, readFileSync(join(seedSite, `.${seedPage.path}`, 'index.html'), 'utf8'), seedPage.textTotal.gzip, PAGE_GZIP_LIMIT);
  rmSync(seedWork, { recursive: true, force: true });
  const judgement = judgeArticles(siteDir, row.overGzipPages, row.pages, seed);
  log(
    `  articles: seed ${seed.gzip} B (text ${seed.text} B, allowance beyond it ${seed.allowance} B); ${judgement.overLimit} of ${judgement.pages} over ` +
      `${PAGE_GZIP_LIMIT} B, ${judgement.overByTextAlone} of them by their own text alone`,
  );
  return judgement;
}

/**
 * A warm rebuild: the newest article's text changes, the cache stays, the output folder is new (as npm run build's
 * staging folder is).
 * @param {{ articles: { slug: string }[] }} manifest
 * @param {string} contentDir
 * @param {string} siteWork
 * @param {(message: string) => void} log
 */
async function rebuildWarm(manifest, contentDir, siteWork, log) {
  const newest = manifest.articles.at(-1);
  if (!newest) throw new Error('the archive has no article');
  const changed = join(contentDir, 'articles', `${newest.slug}.md`);
  writeFileSync(changed, `${readFileSync(changed, 'utf8').trimEnd()}\n\n本文發布後曾作更新。\n`);
  rmSync(join(siteWork, 'dist'), { recursive: true, force: true });
  log(`archive of ${manifest.articles.length}: warm rebuild after changing ${newest.slug}`);
  const warm = await buildArchive(PROJECT_ROOT, contentDir, siteWork, { keepCache: true });
  log(`  warm: ${describe(warm)}`);
  return warm;
}

/**
 * This commit's build of a freshly generated archive of `count` articles (the generator is deterministic, so it is
 * the same archive as before), everything removed afterwards.
 * @param {number} count
 * @param {string} dir
 */
async function buildGenerated(count, dir) {
  const contentDir = join(dir, 'content');
  generateArchive(contentDir, { articles: count });
  const build = await buildArchive(PROJECT_ROOT, contentDir, join(dir, 'site'));
  rmSync(dir, { recursive: true, force: true });
  return build;
}

/** @param {ArchiveBuild} build */
function describe(build) {
  if (!build.ok) return `FAILED after ${build.seconds.toFixed(0)} s`;
  return `${build.seconds.toFixed(1)} s, ${build.pages} pages, ${build.msPerPage.toFixed(1)} ms/page (CPU ${build.cpuMsPerPage.toFixed(1)}), Astro ${Math.round(build.astroPeakMb)} MiB, Pagefind ${Math.round(build.searchPeakMb)} MiB`;
}

/**
 * The base commit's files in `dir`, with this project's node_modules: Astro's build output imports packages by
 * walking up from the output folder, so outputs stay inside `dir` too. A package the base depends on that this
 * project no longer has (the base's @astrojs/sitemap, say) is installed on its own, at the version of the base's
 * lock, into a folder beside it, and the base's node_modules is then a folder of links: this project's packages
 * (so both builds still run the same Astro) and those few.
 * @param {string} commit
 * @param {string} dir
 */
function checkOutBase(commit, dir) {
  mkdirSync(dir, { recursive: true });
  const archive = spawnSync('sh', ['-c', `git -C "${PROJECT_ROOT}" archive "${commit}" | tar -x -C "${dir}"`], { encoding: 'utf8' });
  if (archive.status !== 0) throw new Error(`cannot check out ${commit}: ${archive.stderr}`);
  const projectModules = resolve(PROJECT_ROOT, 'node_modules');
  const missing = packagesMissing(dir, projectModules);
  if (missing.length === 0) {
    symlinkSync(projectModules, join(dir, 'node_modules'));
    return dir;
  }
  const extra = join(dir, '..', 'base-packages');
  mkdirSync(extra, { recursive: true });
  writeFileSync(join(extra, 'package.json'), '{"private":true}\n');
  const install = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', ...missing.map(({ name, version }) => `${name}@${version}`)], {
    cwd: extra,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`cannot install the base's ${missing.map(({ name }) => name).join(', ')}: ${install.stderr}`);
  const modules = join(dir, 'node_modules');
  linkPackages(projectModules, modules);
  for (const { name } of missing) {
    mkdirSync(resolve(modules, name, '..'), { recursive: true });
    symlinkSync(join(extra, 'node_modules', name), join(modules, name));
  }
  return dir;
}

/**
 * The base's dependencies that `projectModules` lacks, each at the version the base's lock installed.
 * @param {string} baseDir
 * @param {string} projectModules
 * @returns {{ name: string, version: string }[]}
 */
function packagesMissing(baseDir, projectModules) {
  const manifest = JSON.parse(readFileSync(join(baseDir, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(baseDir, 'package-lock.json'), 'utf8'));
  return Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
    .filter((name) => !existsSync(join(projectModules, name, 'package.json')))
    .map((name) => ({ name, version: lock.packages?.[`node_modules/${name}`]?.version ?? manifest.dependencies?.[name] ?? manifest.devDependencies?.[name] }));
}

/**
 * A node_modules folder of links to every package (and .bin) of `from`, scoped packages one by one, so packages
 * can be added beside them.
 * @param {string} from
 * @param {string} to
 */
function linkPackages(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (!entry.startsWith('@')) {
      symlinkSync(join(from, entry), join(to, entry));
      continue;
    }
    mkdirSync(join(to, entry));
    for (const scoped of readdirSync(join(from, entry))) symlinkSync(join(from, entry, scoped), join(to, entry, scoped));
  }
}

/**
 * `astro build` of `projectDir` on `contentDir`, output and cache under `workDir`.
 * @param {string} projectDir
 * @param {string} contentDir
 * @param {string} workDir
 * @param {{ keepCache?: boolean }} [options]
 * @returns {Promise<ArchiveBuild>}
 */
async function buildArchive(projectDir, contentDir, workDir, options = {}) {
  const outDir = join(workDir, 'dist');
  const cacheDir = join(workDir, 'cache');
  rmSync(outDir, { recursive: true, force: true });
  if (!options.keepCache) rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const gcDir = join(workDir, 'gc');
  rmSync(gcDir, { recursive: true, force: true });
  mkdirSync(gcDir);
  // Each commit is built as its own `npm run build` builds it: this one with its Node options, the base without.
  const thisCommit = projectDir === PROJECT_ROOT;
  const measure = await measureProcess(resolve(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: projectDir,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: `${thisCommit ? buildNodeOptions(process.env.NODE_OPTIONS) : (process.env.NODE_OPTIONS ?? '')} --import=${GC_OBSERVER}`.trim(),
      BENCH_GC_DIR: gcDir,
    },
  });
  const pages = countHtml(outDir);
  const node = measure.processes.filter((entry) => entry.name === 'node');
  const search = measure.processes.filter((entry) => entry.name.startsWith('pagefind'));
  const peak = measure.memory.reduce((best, sample) => (sample.rssMb > best.rssMb ? sample : best), { seconds: 0, rssMb: 0 });
  return {
    ok: measure.ok,
    ...(measure.ok ? {} : { error: measure.output.slice(-4000) }),
    seconds: measure.seconds,
    pages,
    msPerPage: pages > 0 ? (measure.seconds * 1000) / pages : Number.NaN,
    cpuSeconds: measure.cpuSeconds,
    cpuMsPerPage: pages > 0 ? (measure.cpuSeconds * 1000) / pages : Number.NaN,
    astroPeakMb: Math.max(0, ...node.map((entry) => entry.peakRssMb)),
    searchPeakMb: Math.max(0, ...search.map((entry) => entry.peakRssMb)),
    treePeakMb: measure.peakRssMb,
    processes: measure.processes,
    phases: buildPhases(measure.lines, measure.seconds),
    dataStoreMb: sizeMb(join(cacheDir, 'data-store.json')) + sizeMb(join(cacheDir, 'data-store')),
    memoryPeakAt: peak.seconds,
    gc: largestGc(gcDir),
  };
}

/**
 * The garbage collection of the build's busiest Node process (Astro's; any helper Node process collects less).
 * @param {string} gcDir
 * @returns {GcTotals | undefined}
 */
function largestGc(gcDir) {
  /** @type {GcTotals[]} */
  const reports = readdirSync(gcDir)
    .filter((file) => file.startsWith('gc-'))
    .map((file) => JSON.parse(readFileSync(join(gcDir, file), 'utf8')));
  return reports.sort((a, b) => b.ms - a.ms)[0];
}

/**
 * Index size and indexing time per edition, and a first search in each.
 * @param {string} siteDir
 * @param {ArchiveBuild} build
 */
async function measureSearch(siteDir, build) {
  const editions = EDITION_QUERIES.map(({ edition }) => {
    const bundle = join(siteDir, 'pagefind', edition);
    const timing = build.phases.searchEditions.find((entry) => entry.edition === edition);
    return { edition, indexMb: sizeMb(bundle), files: countFiles(bundle), ...timing };
  });
  return { editions, firstSearches: await measureFirstSearches(siteDir, EDITION_QUERIES) };
}

/** @param {string} dir */
function countHtml(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/** @param {string} dir */
function countFiles(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/** Size of a file, or of everything under a folder, in MiB; 0 when missing. @param {string} path */
function sizeMb(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (stats.isFile()) return stats.size / 2 ** 20;
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0) / 2 ** 20;
}
