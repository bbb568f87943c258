// @ts-check
/**
 * `BENCH_ONLY=search npm run bench`: a reader's first search on a generated archive, on a throttled phone
 * (first-search.mjs, MOBILE_PROFILE), with this commit and the base commit side by side: bytes transferred from the
 * search bundle, requests, and the time to the first result (from Enter, on the opened page, pressed at once and
 * after a reader's pause; and from the navigation, the query in the page's address), for a name typed in each script on each edition. Writes docs/benchmarks-search.md and .json. BENCH_SEARCH_SIZES=1000,3000 sets the archive sizes
 * (default 1000); BENCH_BASE=<commit> the commit to compare with (default 4c05e77, the search before issue #24),
 * `none` for none. BENCH_SEARCH_APPEND=1 adds the rows to the last run's data (replacing those of the same size and
 * commit), for a larger size measured later. Both commits are built, then measured in turn BENCH_SEARCH_ROUNDS times
 * (default 3); each time recorded is the median of its rounds, with its range.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { generateArchive } from '../lib/archive-generator.mjs';
import { buildNodeOptions } from '../lib/build-node-options.mjs';
import { PROJECT_ROOT } from '../lib/project-root.mjs';
import { MOBILE_PROFILE, measureFirstSearches } from './first-search.mjs';
import { checkOut } from './check-out.mjs';
import { describeMachine } from './machine.mjs';

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '1000').split(',').map(Number);
const BASE = process.env.BENCH_BASE === 'none' ? undefined : (process.env.BENCH_BASE ?? '4c05e77');
const WORK_DIR = resolve(PROJECT_ROOT, '.bench-tmp/search');
const REPORT = resolve(PROJECT_ROOT, 'docs/benchmarks-search.md');
const SEARCHES = [
  { edition: 'zh-hant', query: '馬杜羅' },
  { edition: 'zh-hant', query: '马杜罗' },
  { edition: 'zh-hans', query: '马杜罗' },
  { edition: 'zh-hans', query: '馬杜羅' },
];
/** Rounds of every search on every commit (BENCH_SEARCH_ROUNDS, default 3). */
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 3);
/** @param {string} message */
const log = (message) => console.log(`[bench search] ${message}`);

/** @typedef {import('./first-search.mjs').FirstSearch} FirstSearch */

/** The middle of `values` (the lower of the two middles for an even count). @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? Number.NaN;

/**
 * One search over its rounds: bytes and requests of the first (they do not change from round to round), the median
 * time of each kind with its range.
 * @param {FirstSearch} first
 * @param {FirstSearch[]} rounds
 */
function medianOfRounds(first, rounds) {
  const times = rounds.map((search) => search.milliseconds);
  const fromAddress = rounds.map((search) => search.fromAddressMilliseconds);
  const afterPause = rounds.map((search) => search.afterPauseMilliseconds);
  return {
    ...first,
    milliseconds: median(times),
    millisecondsRange: [Math.min(...times), Math.max(...times)],
    afterPauseMilliseconds: median(afterPause),
    afterPauseMillisecondsRange: [Math.min(...afterPause), Math.max(...afterPause)],
    fromAddressMilliseconds: median(fromAddress),
    fromAddressMillisecondsRange: [Math.min(...fromAddress), Math.max(...fromAddress)],
    rounds: rounds.length,
  };
}

/** `astro build` of `projectDir` on `contentDir` into `outDir`; throws when it fails. */
function build(/** @type {string} */ projectDir, /** @type {string} */ contentDir, /** @type {string} */ outDir) {
  const started = performance.now();
  const result = spawnSync(resolve(PROJECT_ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: projectDir,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}.cache`, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: buildNodeOptions(process.env.NODE_OPTIONS) },
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`build of ${projectDir} failed:\n${`${result.stdout}${result.stderr}`.slice(-3000)}`);
  return (performance.now() - started) / 1000;
}

rmSync(WORK_DIR, { recursive: true, force: true });
/** @type {{ articles: number, commit: string, buildSeconds: number, searches: unknown[] }[]} */
const rows = [];
const baseDir = BASE ? checkOut(BASE, join(WORK_DIR, 'base')) : undefined;
for (const size of SIZES) {
  const contentDir = join(WORK_DIR, `content-${size}`);
  generateArchive(contentDir, { articles: size });
  // Both commits are built first, then measured in turn, round after round, so the machine's other work falls on
  // both alike; each search's time is the median of its rounds.
  const sites = [['this', PROJECT_ROOT], ...(baseDir && BASE ? [[BASE, baseDir]] : [])].map(([commit, projectDir]) => {
    const outDir = join(WORK_DIR, `site-${size}-${commit}`);
    log(`${size} articles, ${commit}: building`);
    return { commit, outDir, buildSeconds: build(projectDir, contentDir, outDir), rounds: /** @type {FirstSearch[][]} */ ([]) };
  });
  for (let round = 1; round <= ROUNDS; round++) {
    for (const site of sites) {
      const searches = await measureFirstSearches(site.outDir, SEARCHES, { profile: MOBILE_PROFILE });
      for (const search of searches) log(`${size} ${site.commit} round ${round} ${search.edition} ${search.query}: ${(search.bytes / 1024).toFixed(0)} KB in ${search.requests} requests, ${search.milliseconds.toFixed(0)} ms from Enter at once, ${search.afterPauseMilliseconds.toFixed(0)} after a pause, ${search.fromAddressMilliseconds.toFixed(0)} ms from the address, ${search.results} results`);
      site.rounds.push(searches);
    }
  }
  for (const site of sites) {
    rows.push({ articles: size, commit: site.commit, buildSeconds: site.buildSeconds, searches: site.rounds[0].map((first, index) => medianOfRounds(first, site.rounds.map((searches) => searches[index]))) });
    rmSync(site.outDir, { recursive: true, force: true });
    rmSync(`${site.outDir}.cache`, { recursive: true, force: true });
  }
}
const DATA = REPORT.replace(/\.md$/, '.json');
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const earlier = process.env.BENCH_SEARCH_APPEND === '1' && existsSync(DATA) ? JSON.parse(readFileSync(DATA, 'utf8')).rows : [];
const kept = earlier.filter((/** @type {any} */ row) => !rows.some((added) => added.articles === row.articles && added.commit === row.commit));
const run = { date, machine: describeMachine(), profile: MOBILE_PROFILE, base: BASE ?? null, rows: [...kept, ...rows.map((row) => ({ ...row, date }))] };
writeFileSync(DATA, `${JSON.stringify(run, null, 1)}\n`);
log(`wrote ${REPORT.replace(/\.md$/, '.json')}; the report's prose is written from it by hand (docs/benchmarks-search.md)`);
rmSync(WORK_DIR, { recursive: true, force: true });
