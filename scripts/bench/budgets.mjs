// @ts-check
/**
 * The budgets the issue sets, checked against a bench run. Pure: takes the measurements, returns one verdict per
 * budget, so the report can show misses with how far off they are and the script can fail on them.
 */

export const KB = 1024;

/** @typedef {{ name: string, limit: string, measured: string, met: boolean, over: string }} Verdict */

/**
 * @param {object} results
 * @param {{ parts: Record<'html' | 'css' | 'js' | 'images', { gzip: number }>, textTotal: { gzip: number }, onUse?: Record<'js' | 'css', { gzip: number }> } | undefined} results.article
 *   Page weight of the article page, and what its scripts load when first used.
 * @param {Record<string, number> | undefined} results.lighthouse Median score per category, 0–100.
 * @param {{ articles: number, ratio: number } | undefined} results.largestBuild The largest build-scaling row.
 * @returns {Verdict[]}
 */
export function checkBudgets({ article, lighthouse, largestBuild }) {
  /** @type {Verdict[]} */
  const verdicts = [];
  /** @param {number} value */
  const bytes = (value) => `${(value / KB).toFixed(1)} KB`;
  /** @param {number} value @param {number} limit */
  const overBytes = (value, limit) => (value > limit ? `+${bytes(value - limit)} (${percent(value, limit)})` : '');

  /** A size budget on the article page; `size` is undefined when the page was not measured. */
  /** @param {string} name @param {number | undefined} size @param {number} limitKb */
  const sizeBudget = (name, size, limitKb) => {
    const value = size ?? Number.POSITIVE_INFINITY;
    verdicts.push({
      name,
      limit: `≤ ${limitKb} KB`,
      measured: size === undefined ? 'not measured' : bytes(value),
      met: value <= limitKb * KB,
      over: size === undefined ? 'not measured' : overBytes(value, limitKb * KB),
    });
  };
  sizeBudget('Article page (heaviest edition): HTML + CSS + JS, gzip', article?.textTotal.gzip, 15);
  // Every script the page may run counts, the ones it loads when a reader first uses them too (the mark card).
  sizeBudget('Article page: JavaScript, with what it loads on use, gzip', article && article.parts.js.gzip + (article.onUse?.js.gzip ?? 0), 2);
  for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
    const score = lighthouse?.[category];
    verdicts.push({
      name: `Lighthouse ${category} (mobile, median)`,
      limit: '100',
      measured: score === undefined ? 'not measured' : String(score),
      met: score === 100,
      over: score === undefined ? 'not measured' : score < 100 ? `−${100 - score} points` : '',
    });
  }
  const ratio = largestBuild?.ratio ?? Number.POSITIVE_INFINITY;
  verdicts.push({
    name: `Build of ${largestBuild?.articles ?? 1000} articles vs bare Astro`,
    limit: '≤ 3×',
    measured: largestBuild ? `${ratio.toFixed(2)}×` : 'not measured',
    met: ratio <= 3,
    over: largestBuild ? (ratio > 3 ? `+${(ratio - 3).toFixed(2)}× (${percent(ratio, 3)})` : '') : 'not measured',
  });
  return verdicts;
}

/** @param {number} value @param {number} limit */
function percent(value, limit) {
  return `${Math.round(((value - limit) / limit) * 100)}% over`;
}

/** Limits the archive must meet (issue #10; `changeCost`: issue #27). */
export const ARCHIVE_LIMITS = {
  processRssMb: 4096,
  linearity: 1.1,
  rssPerArticleMb: 0.35,
  speedupVsBase: 2,
  /** Time per page against a base commit other than the archive work's start: what one change may cost. */
  changeCost: 1.1,
  pageGzip: 15 * KB,
  htmlRaw: 100 * KB,
};

/** Where the archive work (issue #10) started: against it, the archive must be 2× faster per page. */
export const ARCHIVE_WORK_BASE = '414112e';

/**
 * @typedef {object} ArchiveRow
 * @property {number} articles
 * @property {{ ok: boolean, msPerPage: number, astroPeakMb: number, searchPeakMb: number } | undefined} base
 * @property {{ ok: boolean, msPerPage: number, astroPeakMb: number, searchPeakMb: number }} site
 * @property {{ ok: boolean, msPerPage: number } | undefined} [siteAgain] The smallest size built again right after the largest.
 * @property {{ kind: string, largestGzip: { bytes: number }, largestRaw: { bytes: number } }[] | undefined} weights
 * @property {Pick<import('./article-budget.mjs').ArticleJudgement, 'seed' | 'pages' | 'overLimit' | 'overByTextAlone' | 'misses' | 'heaviest'>} [articleBudget]
 *   Every article page over 15 KB against the seed page's allowance beyond its own text (article-budget.mjs).
 */

/**
 * A measure of this commit's builds of one size, averaged: the smallest size is built twice when the run built it
 * again after the largest (so a machine that drifted in speed between the sizes moves both ends of the
 * comparison); any other size once.
 * @template {{ ok: boolean }} Build
 * @param {{ site: Build, siteAgain?: Build }} row
 * @param {(build: Build) => number} measure
 */
export function meanOfBuilds(row, measure) {
  const builds = [row.site, row.siteAgain].filter((build) => build?.ok).map((build) => measure(/** @type {Build} */ (build)));
  return builds.length > 0 ? builds.reduce((sum, value) => sum + value, 0) / builds.length : Number.NaN;
}

/** The smallest size's time per page (see meanOfBuilds). @param {ArchiveRow} row */
export function smallestMsPerPage(row) {
  return meanOfBuilds(row, (build) => build.msPerPage);
}

/**
 * The archive budgets. Linearity and memory growth compare the smallest and the largest size, so they are
 * checked only when the run has two sizes; the comparison with the base commit only when it was built: against
 * where the archive work started, 2× faster per page; against any other commit (the one before a change), at
 * most 10 % slower per page.
 * @param {ArchiveRow[]} rows Sizes in the order measured.
 * @param {string | undefined} [baseCommit] The base commit the rows were compared with.
 * @returns {Verdict[]}
 */
export function checkArchiveBudgets(rows, baseCommit = ARCHIVE_WORK_BASE) {
  if (rows.length === 0) return [];
  /** @type {Verdict[]} */
  const verdicts = [];
  const sorted = [...rows].sort((a, b) => a.articles - b.articles);
  const smallest = /** @type {ArchiveRow} */ (sorted[0]);
  const largest = /** @type {ArchiveRow} */ (sorted.at(-1));
  const mb = (/** @type {number} */ value) => `${Math.round(value)} MiB`;

  const biggest = Math.max(largest.site.astroPeakMb, largest.site.searchPeakMb);
  verdicts.push({
    name: `Archive of ${largest.articles}: every process of the build ≤ 4 GB RSS`,
    limit: `≤ ${ARCHIVE_LIMITS.processRssMb} MiB`,
    measured: `Astro ${mb(largest.site.astroPeakMb)}, Pagefind ${mb(largest.site.searchPeakMb)}`,
    met: biggest <= ARCHIVE_LIMITS.processRssMb,
    over: biggest > ARCHIVE_LIMITS.processRssMb ? `+${mb(biggest - ARCHIVE_LIMITS.processRssMb)}` : '',
  });

  if (largest.articles > smallest.articles) {
    const reference = smallestMsPerPage(smallest);
    const ratio = largest.site.msPerPage / reference;
    const bracket = smallest.siteAgain?.ok
      ? `; ${smallest.articles} built before and after: ${smallest.site.msPerPage.toFixed(1)} and ${smallest.siteAgain.msPerPage.toFixed(1)} ms, mean`
      : '';
    verdicts.push({
      name: `Time per page at ${largest.articles} vs ${smallest.articles} articles`,
      limit: `≤ ${ARCHIVE_LIMITS.linearity}×`,
      measured: `${ratio.toFixed(2)}× (${largest.site.msPerPage.toFixed(1)} vs ${reference.toFixed(1)} ms${bracket})`,
      met: ratio <= ARCHIVE_LIMITS.linearity,
      over: ratio > ARCHIVE_LIMITS.linearity ? `+${(ratio - ARCHIVE_LIMITS.linearity).toFixed(2)}×` : '',
    });
    const growth = (largest.site.astroPeakMb - smallest.site.astroPeakMb) / (largest.articles - smallest.articles);
    verdicts.push({
      name: `Peak RSS (Astro) per added article, ${smallest.articles} → ${largest.articles}`,
      limit: `≤ ${ARCHIVE_LIMITS.rssPerArticleMb} MB`,
      measured: `${growth.toFixed(3)} MB`,
      met: growth <= ARCHIVE_LIMITS.rssPerArticleMb,
      over: growth > ARCHIVE_LIMITS.rssPerArticleMb ? `+${(growth - ARCHIVE_LIMITS.rssPerArticleMb).toFixed(3)} MB` : '',
    });
  }

  const compared = sorted.filter((row) => row.base);
  if (compared.length > 0) {
    // The largest size both commits built; a base that failed to build counts as not measured at that size.
    const row = [...compared].reverse().find((candidate) => candidate.base?.ok) ?? /** @type {ArchiveRow} */ (compared.at(-1));
    const speedup = row.base?.ok ? row.base.msPerPage / row.site.msPerPage : Number.NaN;
    if (baseCommit !== undefined && !ARCHIVE_WORK_BASE.startsWith(baseCommit) && !baseCommit.startsWith(ARCHIVE_WORK_BASE)) {
      const cost = 1 / speedup;
      verdicts.push({
        name: `Time per page vs the commit before, ${row.articles} articles`,
        limit: `≤ ${ARCHIVE_LIMITS.changeCost}×`,
        measured: row.base?.ok ? `${cost.toFixed(2)}× (${row.site.msPerPage.toFixed(1)} vs ${row.base.msPerPage.toFixed(1)} ms)` : 'not measured',
        met: cost <= ARCHIVE_LIMITS.changeCost,
        over: row.base?.ok ? (cost > ARCHIVE_LIMITS.changeCost ? `+${(cost - ARCHIVE_LIMITS.changeCost).toFixed(2)}×` : '') : 'not measured',
      });
    } else verdicts.push({
      name: `Time per page vs the base commit, ${row.articles} articles`,
      limit: `≥ ${ARCHIVE_LIMITS.speedupVsBase}× faster`,
      measured: row.base?.ok ? `${speedup.toFixed(2)}× (${row.site.msPerPage.toFixed(1)} vs ${row.base.msPerPage.toFixed(1)} ms)` : 'not measured',
      met: speedup >= ARCHIVE_LIMITS.speedupVsBase,
      over: row.base?.ok ? (speedup < ARCHIVE_LIMITS.speedupVsBase ? `−${(ARCHIVE_LIMITS.speedupVsBase - speedup).toFixed(2)}×` : '') : 'not measured',
    });
  }

  if (largest.weights) {
    const lists = largest.weights.filter((row) => row.kind !== 'article');
    const heaviest = Math.max(0, ...lists.map((row) => row.largestGzip.bytes));
    verdicts.push({
      name: `Archive of ${largest.articles}: every list and index page, HTML + CSS + JS gzip`,
      limit: `≤ ${ARCHIVE_LIMITS.pageGzip / KB} KB`,
      measured: `${(heaviest / KB).toFixed(1)} KB`,
      met: heaviest <= ARCHIVE_LIMITS.pageGzip,
      over: heaviest > ARCHIVE_LIMITS.pageGzip ? `+${((heaviest - ARCHIVE_LIMITS.pageGzip) / KB).toFixed(1)} KB` : '',
    });
    // Article pages: the 15 KB is explained on the seed article's page; a page over it must be over by its own text
    // alone, carrying no more beyond its text than the seed page may (article-budget.mjs).
    const judged = largest.articleBudget;
    if (judged) {
      const { seed, misses, heaviest } = judged;
      const worst = misses[0];
      verdicts.push({
        name: `Archive of ${largest.articles}: every article page within ${seed.limit / KB} KB, or over it by its own text alone`,
        limit: `≤ ${seed.allowance} B beyond its text (${seed.limit} − the seed's text, ${seed.text} B)`,
        measured:
          `${judged.overLimit} of ${judged.pages} over ${seed.limit / KB} KB, ${judged.overByTextAlone} of them by their text alone` +
          (heaviest ? `; the most beyond its text ${heaviest.beyondText} B` : ''),
        met: misses.length === 0,
        over: worst ? `${misses.length} ${misses.length === 1 ? 'page' : 'pages'}, up to +${worst.beyondText - seed.allowance} B beyond their text` : '',
      });
    }
    const largestRaw = Math.max(0, ...largest.weights.map((row) => row.largestRaw.bytes));
    verdicts.push({
      name: `Archive of ${largest.articles}: every HTML file, raw`,
      limit: `≤ ${ARCHIVE_LIMITS.htmlRaw / KB} KB`,
      measured: `${(largestRaw / KB).toFixed(1)} KB`,
      met: largestRaw <= ARCHIVE_LIMITS.htmlRaw,
      over: largestRaw > ARCHIVE_LIMITS.htmlRaw ? `+${((largestRaw - ARCHIVE_LIMITS.htmlRaw) / KB).toFixed(1)} KB` : '',
    });
  }
  return verdicts;
}
