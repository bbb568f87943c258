// @ts-check
/**
 * The archive sections of docs/benchmarks.md: builds per size against the base commit, the warm rebuild, page
 * budgets at the largest size, and search. Returns Markdown lines; report.mjs places them.
 */

import { ARCHIVE_WORK_BASE, meanOfBuilds, smallestMsPerPage } from './budgets.mjs';

const KB = 1024;
/** @param {number | undefined} seconds */
const s = (seconds) => (seconds === undefined || Number.isNaN(seconds) ? '–' : `${seconds.toFixed(1)} s`);
/** @param {number} mb */
const mib = (mb) => (mb > 0 ? `${Math.round(mb)} MiB` : '–');
/** CPU ms per page; runs recorded before CPU time was measured have none. @param {number | undefined} ms */
const cpu = (ms) => (ms === undefined || Number.isNaN(ms) ? '–' : ms.toFixed(1));
/** @param {{ ms: number, majorMs: number } | undefined} totals */
const gc = (totals) => (totals ? `${s(totals.ms / 1000)} (${s(totals.majorMs / 1000)})` : '–');

/**
 * @param {any} archive What measureArchiveScaling returned.
 * @returns {string[]}
 */
export function archiveReport(archive) {
  const lines = [];
  lines.push('## The archive at scale', '');
  lines.push('A generated archive (scripts/lib/archive-generator.mjs, seed 1): articles made from the seed\'s paragraphs, each');
  lines.push('of a different length, dated over ten years with several a day, naming a varying subset of the seed\'s actors and');
  lines.push('of generated ones (one new actor per ten articles, named by later articles), one to three tags from fifty. Each');
  const where = archive.baseCommit === ARCHIVE_WORK_BASE ? ', where the archive work started' : ', the commit before the change measured';
  lines.push(`size is built by the base commit (\`${archive.baseCommit ?? 'not built'}\`${archive.baseCommit ? where : ''}) and by this`);
  lines.push('commit, one after the other in the same run, from a cold cache; then this commit again after one article\'s text');
  lines.push('changed (a warm rebuild: same cache, new output folder, as `npm run build` does). Pages = HTML files written;');
  lines.push('time per page = wall time / pages; CPU = user + system time of all the build\'s processes per page (on a');
  lines.push('shared machine it moves less than wall time). Peak RSS per process, sampled every 50 ms (Astro is one Node process;');
  lines.push('Pagefind indexes in a process of its own). Phases are timed from the build\'s own log lines; GC is the');
  lines.push('time Astro\'s process spent collecting garbage (all pauses, of which full collections in brackets), from Node\'s');
  lines.push('own `gc` performance entries (scripts/bench/gc-observer.mjs). Lists page at 20. The two commits may build');
  lines.push('different pages (a new kind of page, a list paged otherwise): compare time per page with the wall time beside it.', '');
  if (archive.rows.some((/** @type {any} */ row) => row.siteAgain)) {
    lines.push('The smallest size is built by this commit once more right after the largest: the sizes are measured many minutes');
    lines.push('apart on a shared machine whose speed drifts, so the comparison of sizes uses the mean of the smallest size\'s two builds.', '');
  }
  lines.push('| articles (actors) | build | wall | pages | ms / page | CPU ms / page | Astro peak RSS | Pagefind peak RSS | startup | content sync | bundling | page rendering | search indexing | GC (full) | data store |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of archive.rows) {
    const builds = [
      ['base commit', row.base],
      ['this commit', row.site],
      ['this commit, warm rebuild', row.warm],
      ['this commit, again after the largest size', row.siteAgain],
    ].filter(([, build]) => build);
    for (const [name, build] of builds) {
      if (!build.ok) {
        lines.push(`| ${row.articles} (${row.actors}) | ${name} | failed after ${s(build.seconds)} | | | | ${mib(build.astroPeakMb)} | ${mib(build.searchPeakMb)} | | | | | | | |`);
        continue;
      }
      const p = build.phases;
      lines.push(
        `| ${row.articles} (${row.actors}) | ${name} | ${s(build.seconds)} | ${build.pages} | ${build.msPerPage.toFixed(1)} | ${cpu(build.cpuMsPerPage)} | ${mib(build.astroPeakMb)} | ${mib(build.searchPeakMb)} | ${s(p.startup)} | ${s(p.contentSync)} | ${s(p.bundling)} | ${s(p.rendering)} | ${s(p.search)} | ${gc(build.gc)} | ${build.dataStoreMb.toFixed(0)} MB |`,
      );
    }
  }
  lines.push('');

  const compared = archive.rows.filter((/** @type {any} */ row) => row.base?.ok);
  if (compared.length > 0) {
    lines.push('Against the base commit, same archive, same run:', '');
    for (const row of compared) {
      lines.push(
        `- ${row.articles} articles: time per page ${(row.site.msPerPage / row.base.msPerPage).toFixed(2)}× the base's, ${(row.base.msPerPage / row.site.msPerPage).toFixed(2)}× better ` +
          `(${row.site.msPerPage.toFixed(1)} vs ${row.base.msPerPage.toFixed(1)} ms); wall time ${(row.base.seconds / row.site.seconds).toFixed(2)}× ` +
          `(${s(row.site.seconds)} vs ${s(row.base.seconds)}) for ${row.site.pages} pages against ${row.base.pages}; ` +
          `Astro's peak RSS ${mib(row.site.astroPeakMb)} vs ${mib(row.base.astroPeakMb)}, Pagefind's ${mib(row.site.searchPeakMb)} vs ${mib(row.base.searchPeakMb)}.`,
      );
    }
    lines.push('');
  }
  const sorted = [...archive.rows].sort((a, b) => a.articles - b.articles);
  if (sorted.length > 1) {
    const [first, last] = [sorted[0], sorted.at(-1)];
    const growth = (last.site.astroPeakMb - first.site.astroPeakMb) / (last.articles - first.articles);
    const reference = smallestMsPerPage(first);
    const cpuReference = meanOfBuilds(first, (/** @type {any} */ build) => build.cpuMsPerPage);
    lines.push(
      `From ${first.articles} to ${last.articles} articles: time per page ${(last.site.msPerPage / reference).toFixed(2)}× ` +
        `(${reference.toFixed(1)} → ${last.site.msPerPage.toFixed(1)} ms` +
        (first.siteAgain?.ok ? `; ${first.articles} articles built before and after the ${last.articles}: ${first.site.msPerPage.toFixed(1)} and ${first.siteAgain.msPerPage.toFixed(1)} ms, the mean` : '') +
        ')' +
        (first.site.cpuMsPerPage && last.site.cpuMsPerPage
          ? `, CPU time per page ${(last.site.cpuMsPerPage / cpuReference).toFixed(2)}× (${cpuReference.toFixed(1)} → ${last.site.cpuMsPerPage.toFixed(1)} ms)`
          : '') +
        `, Astro's peak RSS +${growth.toFixed(3)} MB per added article ` +
        `(${mib(first.site.astroPeakMb)} → ${mib(last.site.astroPeakMb)}), peaking ${Math.round(last.site.memoryPeakAt)} s into the ${s(last.site.seconds)} build.`,
      '',
    );
  }

  const joinRows = archive.rows.filter((/** @type {any} */ row) => row.joins);
  if (joinRows.length > 0) {
    lines.push('### The joins, once per build', '');
    lines.push('What src/queries/archive.ts computes once per build from every article (scripts/bench/archive-joins.mjs): the');
    lines.push('actor cross-reference with who appears with whom, the articles to read next, the figure series. Each timed alone,');
    lines.push('outside Astro, on what the build collected (read back from every annotations.json), the median of a few runs, beside');
    lines.push("this commit's build of the same archive.", '');
    lines.push('| articles | actor index + co-appearances | read next | series | all three | per article | share of the build |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const row of joinRows) {
      const { joins } = row;
      const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;
      lines.push(
        `| ${row.articles} | ${ms(joins.actorIndexMs)} | ${ms(joins.relatedMs)} | ${ms(joins.seriesMs)} | ${ms(joins.totalMs)} | ` +
          `${(joins.totalMs / joins.articles).toFixed(2)} ms | ${((joins.totalMs / 1000 / row.site.seconds) * 100).toFixed(1)} % of ${s(row.site.seconds)} |`,
      );
    }
    lines.push('');
  }

  const warmRows = archive.rows.filter((/** @type {any} */ row) => row.warm !== undefined);
  if (warmRows.length > 0) lines.push('### Warm rebuild', '', 'One article\'s text changed (a sentence added to the newest article), everything else as built:', '');
  for (const row of warmRows) {
    const { site, warm } = row;
    if (!warm.ok) {
      lines.push(`- ${row.articles} articles: the warm rebuild failed.`);
      continue;
    }
    const p = warm.phases;
    lines.push(
      `- ${row.articles} articles: ${s(warm.seconds)} against ${s(site.seconds)} cold (${((warm.seconds / site.seconds) * 100).toFixed(0)} %): ` +
        `content sync ${s(p.contentSync)} (cold ${s(site.phases.contentSync)}: Markdown is re-rendered only for the changed file), ` +
        `bundling ${s(p.bundling)}, page rendering ${s(p.rendering)} (cold ${s(site.phases.rendering)}: every page is rendered again), ` +
        `search indexing ${s(p.search)} (cold ${s(site.phases.search)}: every page is indexed again), startup and the rest ` +
        `${s(warm.seconds - (p.contentSync ?? 0) - (p.bundling ?? 0) - (p.rendering ?? 0) - (p.search ?? 0))}.`,
    );
  }
  if (warmRows.length > 0) lines.push('');

  const largest = sorted.at(-1);
  if (largest?.weights) {
    lines.push(`### Every page of the archive of ${largest.articles}`, '');
    lines.push('Each kind of page (both editions), its heaviest page by HTML + CSS + JS gzip and its largest HTML file. Budgets:');
    lines.push('15 KB gzip for every page (articles have their own, explained budget above), 100 KB raw HTML.', '');
    lines.push('| kind | pages | heaviest HTML+CSS+JS gzip | largest HTML raw | over 15 KB gzip | over 100 KB raw |', '| --- | --- | --- | --- | --- | --- |');
    for (const kind of largest.weights) {
      lines.push(
        `| ${kind.kind} | ${kind.pages} | ${(kind.largestGzip.bytes / KB).toFixed(1)} KB \`${kind.largestGzip.path}\` | ${(kind.largestRaw.bytes / KB).toFixed(1)} KB | ${kind.overGzip} | ${kind.overRaw} |`,
      );
    }
    lines.push('');
  }

  if (largest?.articleBudget) lines.push(...articleBudgetReport(largest));

  if (largest?.search) {
    const { editions, firstSearches } = largest.search;
    lines.push(`### Search at ${largest.articles} articles`, '');
    lines.push('Pagefind indexes each edition on its own, a year of articles a part (src/lib/search/index-parts.ts), each part');
    lines.push('kept from build to build while its pages are unchanged; the search page searches the newest year first. A first');
    lines.push('search in Chromium, fresh context, served gzipped by scripts/serve-static.mjs: bytes and requests to `/pagefind/`,');
    lines.push('time from Enter to the first result.', '');
    lines.push('| edition | pages indexed | parts | indexing | index size | first search | downloaded | requests | results |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const edition of editions) {
      const search = firstSearches.find((/** @type {any} */ entry) => entry.edition === edition.edition);
      lines.push(
        `| ${edition.edition} | ${edition.pages ?? '–'} | ${edition.parts ?? '–'} | ${indexing(edition)} | ` +
          `${edition.indexMb.toFixed(1)} MB in ${edition.files} files | ${search ? `${search.query}: ${Math.round(search.milliseconds)} ms` : '–'} | ` +
          `${search ? `${(search.bytes / KB).toFixed(0)} KB` : '–'} | ${search?.requests ?? '–'} | ${search?.results ?? '–'} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

/**
 * Pagefind's time for one edition: split into adding and writing where the commit's log gives it (before the index
 * kept from build to build), else with the parts it indexed of all its parts.
 * @param {import('./build-phases.mjs').SearchEdition & { seconds?: number }} edition
 */
function indexing(edition) {
  if (edition.seconds === undefined) return '–';
  if (edition.addSeconds !== undefined && edition.writeSeconds !== undefined) return `${s(edition.seconds)} (adding ${s(edition.addSeconds)}, writing ${s(edition.writeSeconds)})`;
  return edition.indexed === undefined ? s(edition.seconds) : `${s(edition.seconds)} (${edition.indexed} of ${edition.parts} parts indexed)`;
}

/**
 * The article pages against the seed page's budget (article-budget.mjs): the rule, the reference, and the pages
 * over 15 KB broken down into their own text and what the site adds around it.
 * @param {any} row The largest archive row.
 * @returns {string[]}
 */
function articleBudgetReport(row) {
  const { seed, pages, overLimit, overByTextAlone, misses, heaviest, medianOver } = row.articleBudget;
  const lines = [`### Article pages against the seed article's budget, ${row.articles} articles`, ''];
  lines.push(
    `The ${seed.limit} B article budget is explained on one page, the seed article's, as the site's own content builds it`,
    `(\`${seed.path}\`, ${seed.gzip} B HTML + CSS + JS gzip, built once more in this run; docs/benchmarks-pages.md). A`,
    'generated article is the seed\'s paragraphs in other numbers, with paragraphs of generated actors and series, so its',
    'own text may weigh more than the seed\'s. The budget for every article page is therefore: within the limit, or over it',
    `by its own text alone, carrying no more beyond its text than the seed page may (${seed.limit} B − the seed's text,`,
    `${seed.text} B = ${seed.allowance} B). A page's text = the gzip bytes its HTML loses without \`.article-body\`, the`,
    'text with its annotation marks (the measure of "Where the article page\'s bytes go"); beyond its text = the rest:',
    'head, JSON-LD, header and footer, sidebars, read next, stylesheets, script. Read next is measured the same way.',
    '',
    `- ${overLimit} of ${pages} article pages over ${seed.limit} B; ${overByTextAlone} of them by their own text alone, ${misses.length} by what they carry beyond it.`,
  );
  if (overLimit > 0) {
    lines.push(
      `- Medians over those ${overLimit} pages: their text ${medianOver.text} B (the seed's ${seed.text} B), beyond it ${medianOver.beyondText} B ` +
        `(the seed's allowance ${seed.allowance} B), of which read next ${medianOver.readNext} B (the seed page, alone in its site, shows none).`,
    );
  }
  if (heaviest) {
    lines.push(
      `- Carrying the most beyond its text: \`${heaviest.path}\`, ${heaviest.gzip} B: text ${heaviest.text} B, beyond it ${heaviest.beyondText} B ` +
        `(${heaviest.beyondText - seed.allowance >= 0 ? '+' : ''}${heaviest.beyondText - seed.allowance} B on the allowance), read next ${heaviest.readNext} B` +
        (heaviest.extraSheets.length > 0 ? `, stylesheets the seed page does not link (${heaviest.extraSheets.join(', ')}) ${heaviest.extraSheetsGzip} B` : '') +
        '.',
    );
  }
  lines.push('');
  if (misses.length > 0) {
    lines.push('The five pages carrying the most beyond their text:', '');
    lines.push('| page | HTML+CSS+JS gzip | its text | beyond its text | on the allowance | of which read next | sheets the seed does not link |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const page of misses.slice(0, 5)) {
      lines.push(
        `| \`${page.path}\` | ${page.gzip} B | ${page.text} B | ${page.beyondText} B | +${page.beyondText - seed.allowance} B | ${page.readNext} B | ` +
          `${page.extraSheets.length > 0 ? `${page.extraSheets.join(', ')}, ${page.extraSheetsGzip} B` : '–'} |`,
      );
    }
    lines.push('');
  }
  return lines;
}
