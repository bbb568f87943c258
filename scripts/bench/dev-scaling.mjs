// @ts-check
/**
 * `npm run dev` on generated archives (`BENCH_ONLY=dev`; BENCH_DEV_SIZES=1000,3000 by default), this commit beside
 * a base commit (BENCH_DEV_BASE, by default the commit before the dev server's work of #28; `none` for no base) in
 * one run, so the two meet the same machine and load: for each size and commit, a start with no store (every
 * article rendered) and a start on the store it left, each timed to Astro's "ready", the home page and an article
 * page, then a few saves to that article, each timed until its page shows it (scripts/bench/dev-server.mjs).
 *
 * Writes the section "`npm run dev`" of docs/benchmarks-publish.md (the rest of that file is publish.mjs's run)
 * and docs/benchmarks-dev.json. A server that never answers is recorded as such, with the line Astro printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { generateArchive } from '../lib/archive-generator.mjs';
import { PROJECT_ROOT } from '../lib/project-root.mjs';
import { measureDevStarts } from './dev-server.mjs';
import { checkOut } from './check-out.mjs';
import { describeMachine } from './machine.mjs';

/** The commit before #28's dev server work: what this run compares with unless told otherwise. */
export const DEV_WORK_BASE = '85cd0d3';
const SIZES = (process.env.BENCH_DEV_SIZES ?? '1000,3000').split(',').map(Number);
const BASE = process.env.BENCH_DEV_BASE === 'none' ? undefined : (process.env.BENCH_DEV_BASE ?? DEV_WORK_BASE);
const EDITS = Number(process.env.BENCH_DEV_EDITS ?? 5);
const WORK_DIR = resolve(PROJECT_ROOT, '.bench-tmp/dev');
const REPORT = resolve(PROJECT_ROOT, 'docs/benchmarks-publish.md');
const RUN_DATA = resolve(PROJECT_ROOT, 'docs/benchmarks-dev.json');
const SECTION = '## `npm run dev`';

/** @param {string} message */
const log = (message) => console.log(`[bench] ${message}`);

/** The commit a folder holds, for the report. @param {string} ref */
function shortCommit(ref) {
  return spawnSync('git', ['-C', PROJECT_ROOT, 'rev-parse', '--short', ref], { encoding: 'utf8' }).stdout.trim() || ref;
}

/** A measurement, or what went wrong, in one line: a run goes on past a server that never answers. @param {() => Promise<any>} measure */
async function recorded(measure) {
  const before = loadavg()[0];
  try {
    return { ...(await measure()), load: [before, loadavg()[0]] };
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error);
    // Astro's own line, without the module it was fetching.
    const astroSaid = message
      .split('\n')
      .find((line) => /Failed to create|ERROR|Error/.test(line))
      ?.replace(/^.*?\[ERROR\]\s*/, '')
      .replace(/\s*\(data: .*$/, '');
    const first = message.split('\n')[0]?.replace(/^http:\/\/127\.0\.0\.1:\d+/, '') ?? message;
    return { error: `${first}${astroSaid ? `; Astro printed "${astroSaid.trim()}"` : ''}`, load: [before, loadavg()[0]] };
  }
}

/** @param {number | null | undefined} seconds (JSON writes NaN as null) */
const s = (seconds) => (seconds === undefined || seconds === null || Number.isNaN(seconds) ? '–' : `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`);

/** The section of the report for a run. @param {any} run */
export function devSection(run) {
  const lines = [
    SECTION,
    '',
    `Run of ${run.date}, \`BENCH_ONLY=dev npm run bench\` (scripts/bench/dev-scaling.mjs), on ${run.machine.cpu}, ${run.machine.cores} cores,`,
    `${run.machine.memoryGb} GB, Node ${run.machine.node}: commit ${run.commit} beside ${run.baseCommit ?? 'no base'} (the commit before the dev server's work), one after the`,
    'other on the same archives and machine. Load average (1 min) at the start and end of each start is given: the machine',
    'is shared, so compare the two commits within this run, not the seconds with other runs.',
    '',
    'Each start is `astro dev` on a generated archive (scripts/lib/archive-generator.mjs, seed 1). "No store": the',
    "project's `.astro/` removed first, so every article is rendered (a first start, or one after a change to the",
    'Markdown pipeline). "On its store": started again on what that start left, as on any other morning. Ready = Astro',
    'printed "ready"; home and article = seconds from the start until `/zh-hant/` and the newest article\'s page first',
    'answered; a save = an edit appended to that article, until its page, asked for every 50 ms, shows it (3 s between',
    'saves).',
    '',
  ];
  for (const row of run.rows) {
    lines.push(`### ${row.articles.toLocaleString('en')} articles`, '');
    lines.push('| commit | start | ready | home page | article page | saves visible after | median save | load |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const side of row.sides) {
      for (const [name, start] of [
        ['no store', side.first],
        ['on its store', side.again],
      ]) {
        const load = `${start.load[0].toFixed(1)} → ${start.load[1].toFixed(1)}`;
        if (start.error) lines.push(`| ${side.commit} | ${name} | ${start.error} | | | | | ${load} |`);
        else {
          const saves = [...start.saveToVisibleSeconds.map(s), ...(start.saveError ? [`then ${start.saveError}`] : [])].join(', ') || '–';
          lines.push(`| ${side.commit} | ${name} | ${s(start.readySeconds)} | ${s(start.homeSeconds)} | ${s(start.articleSeconds)} | ${saves} | ${s(start.medianSaveSeconds)} | ${load} |`);
        }
      }
    }
    lines.push('');
  }
  if (run.notes?.length) lines.push(...run.notes, '');
  return lines.join('\n');
}

/** docs/benchmarks-publish.md with its dev section replaced by this run's (or added at the end). @param {any} run */
export function writeDevSection(run, file = REPORT) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = text.indexOf(`\n${SECTION}\n`);
  const end = start === -1 ? -1 : text.indexOf('\n## ', start + SECTION.length + 2);
  const before = start === -1 ? text.trimEnd() : text.slice(0, start).trimEnd();
  const after = end === -1 ? '' : text.slice(end + 1);
  writeFileSync(file, `${before}\n\n${devSection(run)}\n${after ? `\n${after}` : ''}`);
}

if (process.env.BENCH_DEV_REPORT_FROM) {
  writeDevSection(JSON.parse(readFileSync(resolve(process.env.BENCH_DEV_REPORT_FROM), 'utf8')));
} else {
  const started = performance.now();
  rmSync(WORK_DIR, { recursive: true, force: true });
  const baseDir = BASE ? checkOut(BASE, join(WORK_DIR, 'base')) : undefined;
  const commit = shortCommit('HEAD');
  const rows = [];
  for (const articles of SIZES) {
    const contentDir = join(WORK_DIR, `content-${articles}`);
    generateArchive(contentDir, { articles, seed: 1 });
    log(`npm run dev on ${articles} articles`);
    const sides = [];
    for (const [label, projectDir] of /** @type {[string, string][]} */ ([
      ...(baseDir && BASE ? [[shortCommit(BASE), baseDir]] : []),
      [commit, PROJECT_ROOT],
    ])) {
      const cacheDir = join(WORK_DIR, `cache-${articles}-${label}`);
      // Each start on its own, so that one that never answers keeps the other's figures.
      const starts = await measureDevStarts({ contentDir, cacheDir, projectDir, edits: EDITS, label: `${label}, ${articles}`, log, recorded });
      sides.push({ commit: label, ...starts });
    }
    rows.push({ articles, sides });
  }
  const run = { date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), machine: describeMachine(), commit, baseCommit: BASE ? shortCommit(BASE) : undefined, rows, benchSeconds: (performance.now() - started) / 1000 };
  writeFileSync(RUN_DATA, `${JSON.stringify(run, null, 1)}\n`);
  writeDevSection(run);
  rmSync(WORK_DIR, { recursive: true, force: true });
  log(`took ${(run.benchSeconds / 60).toFixed(0)} min; wrote ${REPORT}`);
}
