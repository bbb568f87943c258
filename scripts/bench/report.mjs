// @ts-check
/** Writes a bench run as docs/benchmarks.md: machine, page weights, build scaling, conversion, Lighthouse, budgets. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { archiveReport } from './archive-report.mjs';
import { BARE_VARIANTS } from './bare-astro.mjs';
import { scavengeCostTable } from './scavenge-cost.mjs';

/**
 * Written by hand, not by the bench: what profiles of the build show (they take a person to read). Kept from the
 * previous report between these markers.
 */
const NOTES_START = '<!-- profiles: written by hand, kept by the bench -->';
const NOTES_END = '<!-- /profiles -->';

/** @param {number} bytes */
const kb = (bytes) => (bytes / 1024).toFixed(1);

/**
 * @param {string} file
 * @param {any} run Everything run.mjs measured.
 * @param {Record<string, string>} explanations Why a budget is missed, by budget name.
 */
export function writeReport(file, run, explanations) {
  const lines = [];
  lines.push('# Benchmarks', '');
  lines.push(`Written by \`npm run bench\` (scripts/bench/) on ${run.date}. Re-run it to refresh this file; the numbers`);
  lines.push('are from one machine and one run, so compare runs on the same machine only.', '');
  lines.push(...machineSection(run.machine));
  lines.push(...budgetsSection(run.budgets, explanations));
  lines.push('"JavaScript never needed to read" is checked by the browser tests, not here: tests/e2e/article.test.ts reads');
  lines.push('the whole article with JavaScript disabled.', '');

  lines.push(...pageWeightSection(run));

  lines.push('## Build time and memory', '');
  lines.push('A generated archive of N articles (see [The archive at scale](#the-archive-at-scale)), each build from a cold');
  lines.push('cache, all in the same run. Peak memory is the resident memory of the whole process tree, sampled every 50 ms.');
  lines.push('The builds:', '');
  lines.push("- **this site**: the project's own config (`astro build`, as `npm run build` runs it, without the atomic swap);");
  for (const variant of BARE_VARIANTS) lines.push(`- **${variant.name}**: ${variant.description}.`);
  lines.push('', 'The budget compares this site with **bare Astro**; the variant shows where the difference goes.', '');
  lines.push('| articles | build | time | peak memory | pages | time vs bare Astro |', '| --- | --- | --- | --- | --- | --- |');
  for (const row of run.buildScaling) {
    for (const [name, measure] of [['this site', row.site], ...row.variants.map((/** @type {any} */ variant) => [variant.name, variant])]) {
      lines.push(
        `| ${row.articles} | ${name} | ${measure.seconds.toFixed(1)} s | ${Math.round(measure.peakRssMb)} MiB | ${measure.pages} | ${(measure.seconds / row.bare.seconds).toFixed(2)}× |`,
      );
    }
  }
  lines.push('');

  lines.push(...archiveReport(run.archive));
  if (run.scavengeCost) {
    lines.push('### What a scavenge costs as the old generation grows', '');
    lines.push('scripts/bench/scavenge-cost.mjs, nothing of the site: a Node process holds some GiB of small live objects, then');
    lines.push("allocates short-lived ones; Node's `gc` entries add up its scavenges. Why the build runs with a larger young");
    lines.push('generation (scripts/lib/build-node-options.mjs): each scavenge costs more the more the old generation holds.', '');
    lines.push(...scavengeCostTable(run.scavengeCost), '');
  }
  const notes = previousNotes(file);
  if (notes) lines.push(notes, '');

  lines.push('## Conversion to the Simplified edition', '');
  if (run.conversion.available) {
    lines.push(`Converting one built article page (${run.conversion.characters} characters of HTML) with the site's`);
    lines.push(`converter: median **${run.conversion.medianMs.toFixed(1)} ms** per article over 20 runs (first run, cold:`);
    lines.push(`${run.conversion.firstMs.toFixed(1)} ms).`, '');
  } else {
    lines.push(`${run.conversion.reason}.`, '');
  }

  lines.push(...lighthouseSection(run));
  lines.push('', `Whole bench took ${Math.round(run.benchSeconds)} s.`, '');

  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}`);
}


/** One page of each kind, what the page loads on use, and where the article page's bytes go. @param {any} run */
function pageWeightSection(run) {
  /** @type {string[]} */
  const lines = [];
  lines.push('## Page weight', '');
  lines.push('One page of each kind in each edition, with every file it makes the browser load. KB = 1024 bytes;');
  lines.push('gzip at level 6 (what CDNs use by default). Images count the `src` of each `<img>` and any `<link rel=icon>`');
  lines.push('(the seed article has captions and credits but no picture files yet, hence 0).', '');
  lines.push('The last column is what the page\'s scripts load when a reader first uses what they serve (on an article, the card');
  lines.push('that explains a mark, with its stylesheet, and the edition switch): not part of the page\'s weight, since nothing');
  lines.push('loads it until then, but its JavaScript counts in the JavaScript budget.', '');
  lines.push('| page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | images raw | HTML+CSS+JS gzip | on use: JS / CSS gzip |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const page of run.pageWeights) {
    const { html, css, js, images } = page.parts;
    const name = `${page.kind}${page.edition ? ` (${page.edition})` : ''} \`${page.path}\``;
    const onUse = page.onUse ? `${kb(page.onUse.js.gzip)} / ${kb(page.onUse.css.gzip)}` : '–';
    lines.push(
      `| ${name} | ${kb(html.raw)} / ${kb(html.gzip)} | ${kb(css.raw)} / ${kb(css.gzip)} | ${kb(js.raw)} / ${kb(js.gzip)} | ${kb(images.raw)} | ${kb(page.textTotal.gzip)} | ${onUse} |`,
    );
  }
  lines.push('');

  lines.push("### Where the article page's bytes go", '');
  lines.push(`\`${run.articleBreakdown.page}\` (the heaviest article page), HTML only: ${run.articleBreakdown.whole} bytes gzip. Each`);
  lines.push('row is what the gzipped HTML loses when that part is left out, so what it costs on top of the rest (gzip');
  lines.push('shares repeated text across the page, so the rows do not add up to the whole). Measured by');
  lines.push('scripts/bench/article-breakdown.mjs.', '');
  lines.push('| part | gzip bytes |', '| --- | --- |');
  for (const row of run.articleBreakdown.parts) lines.push(`| ${row.part} | ${row.gzip} |`);
  lines.push('');
  lines.push(...markCardCost(run));
  return lines;
}

/**
 * What explaining a mark in place (#23) costs the article page: the card's template in the HTML, the page's one
 * eager script (which also serves the edition toggle), and what loads when a reader first opens a card.
 * @param {any} run
 */
function markCardCost(run) {
  const article = run.pageWeights.find((/** @type {any} */ page) => page.path === run.articleBreakdown.page);
  const template = run.articleBreakdown.parts.find((/** @type {any} */ row) => row.part.startsWith('the mark card'));
  if (!article || !template) return [];
  return [
    '### What the mark cards cost',
    '',
    `On \`${article.path}\`: ${template.gzip} bytes gzip of HTML for the card's template; the page's one script,`,
    `${article.parts.js.gzip} bytes gzip, finds the marks and the reader's place (and serves the edition toggle); the`,
    `first card a reader opens loads ${article.onUse.js.gzip} bytes of JavaScript and ${article.onUse.css.gzip} bytes of CSS, gzip`,
    `(${article.onUseFiles.length} files, with the edition switch). The page's weight counts the first two; the JavaScript budget counts all of its JavaScript.`,
    '',
  ];
}

/** Lighthouse on the article page. @param {any} run */
function lighthouseSection(run) {
  /** @type {string[]} */
  const lines = [];
  lines.push('## Lighthouse', '');
  lines.push(`\`${run.lighthouse.page}\`, served by scripts/serve-static.mjs (gzip, ${run.lighthouse.headers ? "the site's \`_headers\`" : 'no \`_headers\` in the site yet'}), Lighthouse's`);
  lines.push(`default mobile profile (emulated phone, simulated slow 4G), ${run.lighthouse.runs.performance.length} runs, median shown.`, '');
  lines.push('| category | median | runs |', '| --- | --- | --- |');
  for (const [category, score] of Object.entries(run.lighthouse.median)) {
    lines.push(`| ${category} | ${score} | ${run.lighthouse.runs[category].join(', ')} |`);
  }
  lines.push('');
  lines.push('| metric (median) | value |', '| --- | --- |');
  for (const [metric, value] of Object.entries(run.lighthouse.metrics)) {
    lines.push(`| ${metric} | ${metric === 'cumulative-layout-shift' ? Number(value).toFixed(3) : `${Math.round(Number(value))} ms`} |`);
  }
  const failing = Object.entries(run.lighthouse.failing).filter(([, audits]) => audits.length > 0);
  if (failing.length > 0) {
    lines.push('', 'Audits below full marks in the last run:', '');
    for (const [category, audits] of failing) lines.push(`- ${category}: ${audits.join('; ')}`);
  }
  return lines;
}

/** @param {any} machine What machine.mjs described. */
function machineSection(machine) {
  return [
    '## Machine',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${machine.cpu} |`,
    `| cores (nproc) | ${machine.cores} |`,
    `| memory | ${machine.memoryGb} GB |`,
    `| Node.js | ${machine.node} |`,
    `| browser | ${machine.chromium} |`,
    '',
  ];
}

/** @param {any[]} budgets Verdicts. @param {Record<string, string>} explanations */
function budgetsSection(budgets, explanations) {
  const lines = ['## Budgets', '', '| budget | limit | measured | met | over by | why |', '| --- | --- | --- | --- | --- | --- |'];
  for (const verdict of budgets) {
    const why = verdict.met ? '' : (explanations[verdict.name] ?? 'not explained yet');
    lines.push(`| ${verdict.name} | ${verdict.limit} | ${verdict.measured} | ${verdict.met ? 'yes' : '**no**'} | ${verdict.over} | ${why} |`);
  }
  lines.push('');
  return lines;
}

/**
 * A run of the archive builds alone (`BENCH_ONLY=archive`): machine, the archive's budgets and its sections, in a
 * file of its own, so the full run of record in docs/benchmarks.md stays whole.
 * @param {string} file
 * @param {{ date: string, machine: any, budgets: any[], archive: any }} run
 * @param {Record<string, string>} explanations
 */
export function writeArchiveReport(file, run, explanations) {
  const lines = ['# Benchmarks: the archive builds alone', ''];
  lines.push(`Written by \`BENCH_ONLY=archive npm run bench\` on ${run.date} (archive sizes ${run.archive.rows.map((/** @type {any} */ row) => row.articles).join(', ')}).`);
  lines.push('The full run of record, with every other measurement, is docs/benchmarks.md.', '');
  lines.push(...machineSection(run.machine), ...budgetsSection(run.budgets, explanations), ...archiveReport(run.archive));
  // Notes written by hand (what a larger archive would show, drawn from this run) are kept at the end.
  const notes = previousNotes(file);
  if (notes) lines.push(notes);
  writeFileSync(file, `${lines.join('\n').trimEnd()}\n`);
}

/**
 * A run of the pages alone (`BENCH_ONLY=pages`): machine, the article page's budgets, page weights and Lighthouse,
 * in a file of its own, so the full run of record in docs/benchmarks.md stays whole.
 * @param {string} file
 * @param {{ date: string, machine: any, budgets: any[] }} run
 * @param {Record<string, string>} explanations
 */
export function writePagesReport(file, run, explanations) {
  const lines = ['# Benchmarks: the pages alone', ''];
  lines.push(`Written by \`BENCH_ONLY=pages npm run bench\` on ${run.date}: the site as built, weighed, and Lighthouse on the article.`);
  lines.push('The full run of record, with the builds and the archive, is docs/benchmarks.md.', '');
  lines.push(...machineSection(run.machine), ...budgetsSection(run.budgets, explanations), ...pageWeightSection(run), ...lighthouseSection(run));
  writeFileSync(file, `${lines.join('\n').trimEnd()}\n`);
}

/** The hand-written profile notes of the report being replaced, markers included; '' when there are none. */
function previousNotes(/** @type {string} */ file) {
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(NOTES_START);
  const end = text.indexOf(NOTES_END, start);
  return start >= 0 && end > start ? text.slice(start, end + NOTES_END.length) : '';
}
