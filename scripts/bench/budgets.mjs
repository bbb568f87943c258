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
  sizeBudget('Article page: JavaScript, gzip', article?.parts.js.gzip, 2);
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
