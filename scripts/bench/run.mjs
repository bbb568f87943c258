#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: builds the site, weighs its pages, runs Lighthouse on the article, times builds of 1, 100 and
 * 1000 generated articles against a bare Astro build, times the Simplified conversion and what a scavenge costs
 * (scavenge-cost.mjs), builds a generated archive (1000 articles by default) with this commit and the base commit
 * side by side (archive-scaling.mjs), writes docs/benchmarks.md, and exits 1 when a budget is missed (after
 * writing the report).
 *
 * BENCH_SIZES=1,100 and BENCH_LIGHTHOUSE_RUNS=3 change the sizes and runs (e.g. for a quick look).
 * BENCH_ARCHIVE_SIZES=1000,3000,10000 sets the archive sizes (two or more check linearity and memory growth);
 * BENCH_BASE=<commit> the commit to compare with (default: where the archive work started), `none` for no base.
 * BENCH_WARM=none leaves out the warm rebuilds of the archive.
 * BENCH_ONLY=build-scaling times only those builds and prints them (no report written); BENCH_ONLY=archive builds
 * only the archive and writes docs/benchmarks-archive.md (and .json), leaving the full run's docs/benchmarks.md;
 * BENCH_ONLY=pages builds the site, weighs its pages and runs Lighthouse on the article, into
 * docs/benchmarks-pages.md (and .json), for a change to the pages without the hour of the archive builds.
 * BENCH_ONLY=search measures a first search on a throttled phone against the base (search-run.mjs).
 * BENCH_ONLY=publish publishes into a built archive (scripts/bench/publish.mjs: a new article, a correction, nothing
 * changed, each beside a cold build; BENCH_PUBLISH_SIZES=1000,3000 the sizes), into docs/benchmarks-publish.md (and .json).
 * BENCH_ONLY=dev times `npm run dev` on archives (BENCH_DEV_SIZES=1000,3000) against the commit before #28's dev work
 * (scripts/bench/dev-scaling.mjs: ready, first pages, saves), into the "`npm run dev`" section of
 * docs/benchmarks-publish.md (and docs/benchmarks-dev.json).
 * BENCH_REPORT_FROM=docs/benchmarks.json writes the report again from a run's data, measuring nothing (after an
 * explanation changed: the archive run takes over an hour).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { startServer } from '../serve-static.mjs';
import { measureArchiveScaling } from './archive-scaling.mjs';
import { ARCHIVE_WORK_BASE, checkArchiveBudgets, checkBudgets, meanOfBuilds, smallestMsPerPage } from './budgets.mjs';
import { measureBuildScaling } from './build-scaling.mjs';
import { measureConversion } from './conversion.mjs';
import { buildNodeOptions } from '../lib/build-node-options.mjs';
import { PROJECT_ROOT } from '../lib/project-root.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measurePublishing, writePublishReport } from './publish.mjs';
import { measureScavengeCost } from './scavenge-cost.mjs';
import { describeMachine } from './machine.mjs';
import { measureProcess } from './measure-process.mjs';
import { weighSite } from './page-weight.mjs';
import { articleBreakdown } from './article-breakdown.mjs';
import { writeArchiveReport, writePagesReport, writeReport } from './report.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1,100,1000').split(',').map(Number);
const ARCHIVE_SIZES = (process.env.BENCH_ARCHIVE_SIZES ?? '1000').split(',').map(Number);
/** The commit the archive work (issue #10) started from: the bench compares with it unless told otherwise. */
const BASE_COMMIT = process.env.BENCH_BASE === 'none' ? undefined : (process.env.BENCH_BASE ?? ARCHIVE_WORK_BASE);
const LIGHTHOUSE_RUNS = Math.max(3, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
const WORK_DIR = resolve(PROJECT_ROOT, '.bench-tmp');
const REPORT = resolve(PROJECT_ROOT, 'docs/benchmarks.md');
/** Everything a run measured, beside the report: BENCH_REPORT_FROM=docs/benchmarks.json rewrites the report from it. */
const RUN_DATA = resolve(PROJECT_ROOT, 'docs/benchmarks.json');
/**
 * A run of the archive builds alone (BENCH_ONLY=archive): its report and data, beside the full run's;
 * BENCH_ARCHIVE_REPORT=docs/<name>.md writes them elsewhere, so a run for one change leaves the last one cited.
 */
const ARCHIVE_REPORT = resolve(PROJECT_ROOT, process.env.BENCH_ARCHIVE_REPORT ?? 'docs/benchmarks-archive.md');
const ARCHIVE_RUN_DATA = ARCHIVE_REPORT.replace(/\.md$/, '.json');
/** A run of publishing into a built archive alone (BENCH_ONLY=publish). */
const PUBLISH_REPORT = resolve(PROJECT_ROOT, 'docs/benchmarks-publish.md');
const PUBLISH_RUN_DATA = resolve(PROJECT_ROOT, 'docs/benchmarks-publish.json');
/** A run of the pages alone (BENCH_ONLY=pages). */
const PAGES_REPORT = resolve(PROJECT_ROOT, 'docs/benchmarks-pages.md');
const PAGES_RUN_DATA = resolve(PROJECT_ROOT, 'docs/benchmarks-pages.json');
const started = performance.now();

/** The archive rows of the smallest and the largest size a run measured. @param {any} run */
function smallestAndLargest(run) {
  const rows = [...run.archive.rows].sort((a, b) => a.articles - b.articles);
  return { first: rows[0], last: rows.at(-1) };
}

/** @param {number} mb */
const mib = (mb) => `${Math.round(mb)} MiB`;

/**
 * Why a budget is missed, by budget name, for the report: a miss is explained, never hidden. Each takes the run,
 * so the explanation quotes this run's numbers.
 * @type {Record<string, (run: any) => string>}
 */
const EXPLANATIONS = {
  'Article page (heaviest edition): HTML + CSS + JS, gzip': (run) => {
    const heaviest = run.pageWeights
      .filter((/** @type {any} */ page) => page.kind === 'article')
      .sort((/** @type {any} */ a, /** @type {any} */ b) => b.textTotal.gzip - a.textTotal.gzip)[0];
    /** @param {number} bytes */
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    const { html, css, js } = heaviest.parts;
    /** @param {string} start */
    const costOf = (start) =>
      run.articleBreakdown.parts.filter((/** @type {any} */ row) => row.part.startsWith(start)).reduce((/** @type {number} */ sum, /** @type {any} */ row) => sum + row.gzip, 0);
    const sidebars = costOf('sidebar');
    const styling = costOf('of the sidebars');
    const content = run.articleContent;
    return (
      `HTML ${kb(html.gzip)}, CSS ${kb(css.gzip)} (the stylesheet every page shares, and the article's own ` +
      `highlights.css), JS ${kb(js.gzip)}. Of the HTML (each part's cost on top of the rest, see "Where the article ` +
      `page's bytes go"): the text with its ${content.mentions} actor mentions, ${content.quotes} quotes and ` +
      `${content.figures} figures marked ${kb(costOf('article text'))}, the JSON-LD ${kb(costOf('JSON-LD'))}, the ` +
      `sidebars and their index ${kb(sidebars)} (${content.actors} actors, ${content.quotes} quotes, ` +
      `${content.figures} figures, ${content.charts} charts, ${content.events} dated events), of which classes and ` +
      `ARIA attributes ${kb(styling)}. Already cut for this budget (#12): every page written compactly (unquoted ` +
      `attributes, optional end tags left out); no classes on the marks in the text or on the sidebar entries, a ` +
      `mention known by its link; no Twitter title and description beside Open Graph's; the names in their own ` +
      `language only for the actors standing open, in the sidebar and in the JSON-LD alike; a smaller edition ` +
      `script. What is left to cut takes something from readers: the roles of the folded actors, the names the ` +
      `專頁 links give screen readers, the JSON-LD's quotations.`
    );
  },
  'Build of ': (run) => {
    const row = run.buildScaling.at(-1);
    const [bare, pipeline] = row.variants;
    /** @param {number} value */
    const seconds = (value) => `${value.toFixed(1)} s`;
    const conversion = run.conversion.available
      ? `${seconds((run.conversion.medianMs * row.articles) / 1000)} (${run.conversion.medianMs.toFixed(0)} ms per article page, see below)`
      : 'unknown';
    return (
      `The site builds ${row.site.pages} pages to the bare build's ${row.bare.pages}: two editions, the Simplified ` +
      `one converted from the Traditional, annotations.json, paged lists (home, topics, months, actor pages and their ` +
      `quotes), feeds and two Pagefind indexes. Of the ${seconds(row.site.seconds - bare.seconds)} over the bare ` +
      `build, this site's unified Markdown pipeline (its remark plugins need it; Astro 7's native engine, which the ` +
      `bare build uses, runs none) accounts for ${seconds(pipeline.seconds - bare.seconds)} (the "+ unified pipeline" ` +
      `build); the Simplified conversion of the article pages for about ${conversion}; the rest is rendering the ` +
      `pages themselves (layout, sidebars, charts, JSON-LD), writing them compactly (each Traditional page parsed ` +
      `once more for it, 3–4 ms an article page: the 15 KB article page needs the bytes) and indexing them for ` +
      `search. The bare build's pages are ` +
      `a title and a body, so a ratio near 3× would need the site's pages to cost about what bare Markdown costs.`
    );
  },
  'Peak RSS (Astro) per added article': (run) => {
    const { first, last } = smallestAndLargest(run);
    return (
      `Astro's peak RSS ${mib(first.site.astroPeakMb)} at ${first.articles} articles, ${mib(last.site.astroPeakMb)} at ` +
      `${last.articles}, reached ${Math.round(last.site.memoryPeakAt)} s into the ${Math.round(last.site.seconds)} s build. ` +
      'What grows is Astro\'s content store, held in memory for the whole build: every entry carries its rendered HTML ' +
      'and the annotations the plugins collected (about 19,000 characters an article, see docs/scaling.md). A heap ' +
      'snapshot at 3,000 articles late in page rendering held 325 MiB of live objects, mostly the store (the base ' +
      'commit held 799 MiB, 276 MiB of it two copies of the store as one string); the site\'s own summaries and ' +
      'cross-reference are a few KB an article. RSS stands well above the live heap because V8 lets old space grow ' +
      'before collecting it while pages render; nothing the site keeps grows with the pages written. Going lower ' +
      'means fewer articles per build process (docs/scaling.md: shards).'
    );
  },
  'Time per page vs the commit before': (run) => {
    // The largest size both commits built, as the verdict takes it.
    const row = [...run.archive.rows].reverse().find((/** @type {any} */ candidate) => candidate.base?.ok);
    const { base, site } = row;
    /** @param {any} build @param {string} phase */
    const perPage = (build, phase) => (build.phases[phase] === undefined ? '–' : ((build.phases[phase] * 1000) / build.pages).toFixed(1));
    const phases = [
      ['contentSync', 'content sync'],
      ['rendering', 'page rendering'],
      ['search', 'search indexing'],
    ]
      .map(([phase, name]) => `${name} ${perPage(base, phase)} → ${perPage(site, phase)}`)
      .join(', ');
    return (
      `This commit builds ${site.pages} pages to the base's ${base.pages} (${row.articles} articles). Per phase, base → this commit, in ms a page: ` +
      `${phases}; CPU time of all the build's processes ${base.cpuMsPerPage.toFixed(1)} → ${site.cpuMsPerPage.toFixed(1)} ms a page ` +
      `(${(site.cpuMsPerPage / base.cpuMsPerPage).toFixed(2)}×). The commit measured is everything merged since the base, not the archive ` +
      "work alone: the joins #27 added cost under 1 % of the build (\"The joins, once per build\"). Wall time on a shared machine moves " +
      '±20 % between builds of one run; CPU time, which the rest of the machine moves less, says the same or more, most of it in page ' +
      'rendering: a cost of what was merged since the base, still to be found merge by merge.'
    );
  },
  'every article page within': (run) => {
    const { last } = smallestAndLargest(run);
    const { seed, misses, medianOver, heaviest } = last.articleBudget;
    const sheets = heaviest?.extraSheets.length ? ` and a stylesheet of their own (${heaviest.extraSheets.join(', ')}.css, ${heaviest.extraSheetsGzip} B)` : '';
    return (
      `Not their text: over 15 KB, the pages' text costs ${medianOver.text} B (median; the seed's ${seed.text} B), what they carry beyond it ` +
      `${medianOver.beyondText} B against the seed page's ${seed.allowance} B. What the seed page, alone in its site, does not carry is read next ` +
      `(${medianOver.readNext} B median: five titles, dates and why, asked for by #27)${sheets}; ${misses.length} pages miss by up to ` +
      `${(misses[0]?.beyondText ?? seed.allowance) - seed.allowance} B. In any archive the seed article has read next too, so its page is over ` +
      'the 15 KB by the same bytes: the budget was set before read next. Folding the read-next rules into the sheet every page links ' +
      '(sharing the sources\' rules) saves about 200 B on these pages and a request, but adds about 80 B to every other page, the seed ' +
      `page alone in its site among them (${seed.gzip.toLocaleString('en')} → about ${(seed.gzip + 80).toLocaleString('en')} B, measured on branch issue-27-weight-sheet-option), so it is left for a decision; what else is ` +
      "left to cut takes something from readers (docs/benchmarks-pages.md). Either the article budget grows by read next's cost, or read next " +
      'or something else on the page gives up bytes.'
    );
  },
  'every process of the build': (run) => {
    const { last } = smallestAndLargest(run);
    const { site } = last;
    const syncEnd = (site.phases.startup ?? 0) + (site.phases.contentSync ?? 0);
    return (
      `Astro's process peaked at ${mib(site.astroPeakMb)} ${Math.round(site.memoryPeakAt)} s into the ` +
      `${Math.round(site.seconds)} s build (content sync ended at ${Math.round(syncEnd)} s); Pagefind stayed at ` +
      `${mib(site.searchPeakMb)} (parts of 2,500 pages); the warm rebuild of the same archive peaked at ` +
      `${mib(last.warm?.astroPeakMb ?? 0)}. The live heap holds Astro's content store for the whole build (see "What the ` +
      'profiles show"); RSS stands above it because V8 lets old space grow before collecting, the more so close to ' +
      "Node's default limit (4,144 MiB here). The store is already written and read in chunks (src/integrations/" +
      'data-store/); going lower means fewer articles per build process (docs/scaling.md: shards).'
    );
  },
  'Time per page at ': (run) => {
    const { first, last } = smallestAndLargest(run);
    /** @param {any} build @param {string} phase */
    const perPage = (build, phase) => ((build.phases[phase] ?? 0) * 1000) / build.pages;
    // The smallest size's builds: once before the largest, and again right after it when the run did (the mean of both).
    /** @param {(build: any) => number} measure */
    const atSmallest = (measure) => meanOfBuilds(first, measure);
    const growth = last.site.msPerPage - smallestMsPerPage(first);
    /** @param {number} part */
    const shareOfGrowth = (part) => `${((part / growth) * 100).toFixed(0)} %`;
    const phases = [
      ['contentSync', 'content sync'],
      ['rendering', 'page rendering'],
      ['search', 'search indexing'],
    ]
      .map(([phase, name]) => {
        const [before, after] = [atSmallest((build) => perPage(build, phase)), perPage(last.site, phase)];
        return `${name} ${before.toFixed(1)} → ${after.toFixed(1)} (${shareOfGrowth(after - before)})`;
      })
      .join(', ');
    /** Pagefind's own time per indexed page, and the pages one index (part) holds. @param {any} build */
    const pagefind = (build) => {
      const editions = build.phases.searchEditions ?? [];
      const pages = editions.reduce((/** @type {number} */ sum, /** @type {any} */ edition) => sum + edition.pages, 0);
      const seconds = editions.reduce((/** @type {number} */ sum, /** @type {any} */ edition) => sum + edition.seconds, 0);
      const parts = editions.reduce((/** @type {number} */ sum, /** @type {any} */ edition) => sum + edition.parts, 0);
      return { msPerPage: pages > 0 ? (seconds * 1000) / pages : Number.NaN, pagesPerPart: parts > 0 ? Math.round(pages / parts) : 0 };
    };
    const [pagefindBefore, pagefindAfter] = [
      { msPerPage: atSmallest((build) => pagefind(build).msPerPage), pagesPerPart: pagefind(first.site).pagesPerPart },
      pagefind(last.site),
    ];
    const search =
      ` Pagefind itself: ${pagefindBefore.msPerPage.toFixed(1)} → ${pagefindAfter.msPerPage.toFixed(1)} ms an article indexed ` +
      `(parts of ${pagefindBefore.pagesPerPart} and ${pagefindAfter.pagesPerPart} pages; indexing the same 10,000 pages in parts of 1,000 or ` +
      'of 2,500 takes the same time, see "What the profiles show"); the rest of the span is the sitemap and finding the searchable pages.';
    /** @param {any} build */
    const gcPerPage = (build) => (build.gc ? build.gc.ms / build.pages : Number.NaN);
    /** @param {any} build */
    const scavenge = (build) => (build.gc.minorMs / Math.max(1, build.gc.count)).toFixed(1);
    const gc = first.site.gc && last.site.gc
      ? ` Garbage collection in Astro's process (inside the phases above): ${atSmallest(gcPerPage).toFixed(1)} → ${gcPerPage(last.site).toFixed(1)} ms a page ` +
        `(${shareOfGrowth(gcPerPage(last.site) - atSmallest(gcPerPage))} of the growth; full collections ${(first.site.gc.majorMs / 1000).toFixed(1)} s → ` +
        `${(last.site.gc.majorMs / 1000).toFixed(1)} s), nearly all of it scavenges of the young generation: ${scavenge(first.site)} ms each on average at ` +
        `${first.articles} articles, ${scavenge(last.site)} ms at ${last.articles}. On Node 22 a scavenge costs more the more ` +
        'the old generation holds (scripts/bench/scavenge-cost.mjs), and the old generation holds Astro\'s content store ' +
        'for the whole build (see "What the profiles show"); the build\'s larger young generation makes a quarter as many.'
      : '';
    const cpu = first.site.cpuMsPerPage && last.site.cpuMsPerPage
      ? ` CPU time per page (all the build's processes): ${atSmallest((build) => build.cpuMsPerPage).toFixed(1)} → ${last.site.cpuMsPerPage.toFixed(1)} ms ` +
        `(${(last.site.cpuMsPerPage / atSmallest((build) => build.cpuMsPerPage)).toFixed(2)}×).`
      : '';
    const bracketed = first.siteAgain?.ok ? ` (${first.articles}: the mean of its builds before and after the ${last.articles})` : '';
    return (
      `Per phase, ${first.articles} → ${last.articles} articles${bracketed}, in ms a page (share of the ${growth.toFixed(1)} ms growth): ${phases}.` +
      `${search}${gc}${cpu} Both growths are the price of one build holding every article and one index holding thousands; ` +
      'docs/scaling.md describes the split into shards. The machine is shared: timings move ±20 % between builds of one run.'
    );
  },
  'Lighthouse seo (mobile, median)': () =>
    "Lighthouse's hreflang audit fails: the RSS <link rel=alternate hreflang=zh-Hant href=/zh-hant/rss.xml> " +
    '(src/components/head/FeedLinks.astro) has a relative href, and Lighthouse wants every hreflang alternate ' +
    'fully qualified. Fix: an absolute feed URL (new URL(path, Astro.site)) or no hreflang on the feed link.',
};

/**
 * What the heaviest article page carries, counted from its HTML, so the page-weight explanation describes this run.
 * @param {string} html
 */
function describeArticle(html) {
  /** @param {RegExp} pattern */
  const count = (pattern) => (html.match(pattern) ?? []).length;
  const body = /<div class="article-body">[\s\S]*?<\/div><footer/.exec(html)?.[0] ?? '';
  return {
    mentions: count(/ class="mention"/g),
    actors: count(/<li class="actor"/g),
    quotes: count(/<q /g),
    figures: count(/<data [^>]*class="figure"/g),
    charts: count(/<figure class="figure-chart"/g),
    events: count(/<a class="timeline-event"/g),
    bodyGzip: gzipSync(body, { level: 6 }).length,
  };
}

/** @param {string} message */
const log = (message) => console.log(`[bench] ${message}`);

if (process.env.BENCH_REPORT_FROM) {
  report(JSON.parse(readFileSync(resolve(process.env.BENCH_REPORT_FROM), 'utf8')));
} else if (process.env.BENCH_ONLY === 'build-scaling') {
  await measureAllBuildScaling();
  log(`took ${((performance.now() - started) / 1000).toFixed(0)} s; docs/benchmarks.md not written (BENCH_ONLY)`);
  process.exit(0);
} else if (process.env.BENCH_ONLY === 'archive') {
  const archive = await measureArchive();
  const run = { date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), machine: describeMachine(), archive, budgets: checkArchiveBudgets(archive.rows, archive.baseCommit) };
  writeFileSync(ARCHIVE_RUN_DATA, `${JSON.stringify(run, null, 1)}\n`);
  rmSync(WORK_DIR, { recursive: true, force: true });
  report(run);
} else if (process.env.BENCH_ONLY === 'pages') {
  const site = await measureSite();
  const budgets = checkBudgets({ article: site.article, lighthouse: site.lighthouse.median, largestBuild: undefined }).filter(
    (verdict) => !verdict.name.startsWith('Build of'),
  );
  const run = { date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), machine: describeMachine(), ...site, budgets, benchSeconds: (performance.now() - started) / 1000 };
  writeFileSync(PAGES_RUN_DATA, `${JSON.stringify(run, null, 1)}\n`);
  rmSync(WORK_DIR, { recursive: true, force: true });
  report(run, PAGES_REPORT);
} else if (process.env.BENCH_ONLY === 'search') {
  // A first search on a throttled phone, this commit beside the base (search-run.mjs writes its own data).
  await import('./search-run.mjs');
  process.exit(0);
} else if (process.env.BENCH_ONLY === 'dev') {
  // `npm run dev` on archives, this commit beside the base (dev-scaling.mjs writes its own section and data).
  await import('./dev-scaling.mjs');
  process.exit(0);
} else if (process.env.BENCH_ONLY === 'publish' && process.env.BENCH_PUBLISH_REPORT_FROM) {
  // The report again from a run's data (after its wording changed), measuring nothing.
  writePublishReport(JSON.parse(readFileSync(resolve(process.env.BENCH_PUBLISH_REPORT_FROM), 'utf8')), PUBLISH_REPORT);
  process.exit(0);
} else if (process.env.BENCH_ONLY === 'publish') {
  const sizes = (process.env.BENCH_PUBLISH_SIZES ?? '1000').split(',').map(Number);
  const publishing = await measurePublishing({ sizes, workDir: resolve(WORK_DIR, 'publish'), log });
  const run = { date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), machine: describeMachine(), ...publishing, benchSeconds: (performance.now() - started) / 1000 };
  writeFileSync(PUBLISH_RUN_DATA, `${JSON.stringify(run, null, 1)}\n`);
  writePublishReport(run, PUBLISH_REPORT);
  rmSync(WORK_DIR, { recursive: true, force: true });
  log(`took ${(run.benchSeconds / 60).toFixed(0)} min; wrote ${PUBLISH_REPORT}`);
  process.exit(0);
} else if (process.env.BENCH_ONLY) {
  throw new Error(`BENCH_ONLY=${process.env.BENCH_ONLY}: only build-scaling, archive, pages, search, publish and dev are known`);
}

/** The generated archive at each size, this commit against the base commit. */
function measureArchive() {
  log(`archive sizes ${ARCHIVE_SIZES.join(', ')}, base ${BASE_COMMIT ?? 'none'}`);
  return measureArchiveScaling({
    sizes: ARCHIVE_SIZES,
    baseCommit: BASE_COMMIT,
    workDir: resolve(WORK_DIR, 'archive'),
    log,
    warm: process.env.BENCH_WARM !== 'none',
  });
}

/** Each size in turn: this site, then the bare builds. */
async function measureAllBuildScaling() {
  const rows = [];
  for (const count of SIZES) {
    log(`building ${count} articles: this site, then bare Astro`);
    const row = await measureBuildScaling(count, resolve(WORK_DIR, `scale-${count}`));
    const variants = row.variants.map((variant) => `${variant.name} ${variant.seconds.toFixed(1)} s / ${variant.peakRssMb.toFixed(0)} MiB`).join(', ');
    log(`  this site ${row.site.seconds.toFixed(1)} s / ${row.site.peakRssMb.toFixed(0)} MiB, ${row.site.pages} pages; ${variants} (${row.ratio.toFixed(2)}×)`);
    rows.push(row);
  }
  return rows;
}

/** The site as built: every page weighed, the heaviest article described and broken down, Lighthouse on the article. */
async function measureSite() {
  log('building the site');
  const siteDir = resolve(WORK_DIR, 'site');
  const build = await measureProcess(resolve(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: buildNodeOptions(process.env.NODE_OPTIONS),
      ASTRO_OUT_DIR: siteDir,
      ASTRO_CACHE_DIR: resolve(WORK_DIR, 'site-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (!build.ok) throw new Error(`the site does not build:\n${build.output}`);

  log('weighing pages');
  const pageWeights = weighSite(siteDir);
  // The budget holds for every article page: check the heaviest (the editions differ a little). Lighthouse runs on
  // the Traditional one, the source edition.
  const articles = pageWeights.filter((page) => page.kind === 'article').sort((a, b) => b.textTotal.gzip - a.textTotal.gzip);
  const article = articles[0];
  if (!article) throw new Error('the built site has no article page');
  const lighthouseArticle = articles.find((page) => page.edition === 'zh-hant') ?? article;
  for (const page of pageWeights) if (page.missing.length > 0) throw new Error(`${page.path} loads missing files: ${page.missing.join(', ')}`);

  const articleHtml = readFileSync(resolve(siteDir, `.${article.path}`, 'index.html'), 'utf8');
  const articleContent = describeArticle(articleHtml);

  log('timing the Simplified conversion');
  const conversion = await measureConversion(resolve(siteDir, `.${lighthouseArticle.path}`, 'index.html'));
  if (!conversion.available) log(conversion.reason);

  log(`running Lighthouse ${LIGHTHOUSE_RUNS} times on ${lighthouseArticle.path}`);
  const server = await startServer({ root: siteDir });
  let lighthouse;
  try {
    lighthouse = { page: lighthouseArticle.path, headers: existsSync(resolve(siteDir, '_headers')), ...(await runLighthouse(`${server.url}${lighthouseArticle.path}`, LIGHTHOUSE_RUNS)) };
  } finally {
    await server.close();
  }
  return { pageWeights, article, articleContent, articleBreakdown: { page: article.path, ...articleBreakdown(articleHtml) }, conversion, lighthouse };
}

const { pageWeights, article, articleContent, articleBreakdown: breakdown, conversion, lighthouse } = await measureSite();

log('timing scavenges against the size of the old generation');
const scavengeCost = measureScavengeCost();

const buildScaling = await measureAllBuildScaling();
const archive = await measureArchive();

const budgets = [
  ...checkBudgets({ article, lighthouse: lighthouse.median, largestBuild: buildScaling.at(-1) }),
  ...checkArchiveBudgets(archive.rows, archive.baseCommit),
];
const run = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  machine: describeMachine(),
  pageWeights,
  articleContent,
  articleBreakdown: breakdown,
  buildScaling,
  archive,
  conversion,
  scavengeCost,
  lighthouse,
  budgets,
  benchSeconds: (performance.now() - started) / 1000,
};
writeFileSync(RUN_DATA, `${JSON.stringify(run, null, 1)}\n`);
rmSync(WORK_DIR, { recursive: true, force: true });
report(run);

/**
 * Writes the report of a run (docs/benchmarks.md, or the file of a partial run), prints the verdicts and exits 1
 * when a budget was missed.
 * @param {any} run
 * @param {string} [pagesFile] Where a run of the pages alone is written.
 */
function report(run, pagesFile) {
  /** @type {import('./budgets.mjs').Verdict[]} */
  const budgets = run.budgets;
  // Names carry the sizes measured (`Time per page at 10000 vs 1000 articles`, `Archive of 10000: every process…`):
  // an explanation is found by the name's start, or by what follows the size.
  /** @param {string} name */
  const explain = (name) => Object.entries(EXPLANATIONS).find(([prefix]) => name.startsWith(prefix) || name.includes(`: ${prefix}`))?.[1];
  const explanations = Object.fromEntries(
    budgets.filter((verdict) => !verdict.met && explain(verdict.name)).map((verdict) => [verdict.name, explain(verdict.name)?.(run) ?? '']),
  );
  // A run of the archive or of the pages alone gets a file of its own: the full run of record stays whole.
  const file = pagesFile ?? (run.pageWeights ? REPORT : ARCHIVE_REPORT);
  if (pagesFile) writePagesReport(file, run, explanations);
  else if (run.pageWeights) writeReport(file, run, explanations);
  else writeArchiveReport(file, run, explanations);
  log(`wrote ${file}`);
  const missed = budgets.filter((verdict) => !verdict.met);
  for (const verdict of budgets) log(`${verdict.met ? 'met   ' : 'MISSED'} ${verdict.name}: ${verdict.measured} (limit ${verdict.limit})`);
  if (missed.length > 0) {
    console.error(`[bench] ${missed.length} budget(s) missed`);
    process.exit(1);
  }
  process.exit(0);
}

