// @ts-check
/**
 * The budgets the issue sets, checked against a bench run. Pure: takes the measurements, returns one verdict per
 * budget, so the report can show misses with how far off they are and the script can fail on them.
 */

export const KB = 1024;

/** @typedef {{ name: string, limit: string, measured: string, met: boolean, over: string }} Verdict */

/**
 * @param {object} results
 * @param {{ parts: Record<'html' | 'css' | 'js' | 'images', { gzip: number }>, textTotal: { gzip: number } } | undefined} results.article
 *   Page weight of the article page.
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

  const articleTotal = article?.textTotal.gzip ?? Number.POSITIVE_INFINITY;
  verdicts.push({
    name: 'Article page (heaviest edition): HTML + CSS + JS, gzip',
    limit: '≤ 15 KB',
    measured: article ? bytes(articleTotal) : 'not measured',
    met: articleTotal <= 15 * KB,
    over: article ? overBytes(articleTotal, 15 * KB) : 'not measured',
  });
  const articleJs = article?.parts.js.gzip ?? Number.POSITIVE_INFINITY;
  verdicts.push({
    name: 'Article page: JavaScript, gzip',
    limit: '≤ 2 KB',
    measured: article ? bytes(articleJs) : 'not measured',
    met: articleJs <= 2 * KB,
    over: article ? overBytes(articleJs, 2 * KB) : 'not measured',
  });
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
