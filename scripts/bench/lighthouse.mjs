// @ts-check
/**
 * Lighthouse scores of one page on its default mobile profile (an emulated mid-range phone on a throttled 4G
 * network, throttling simulated), run several times against the local static server, median per category:
 * single runs swing by several points on a busy two-core machine.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../lib/chromium.mjs';

export const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/**
 * Lighthouse's own "please run Lighthouse again" failures: the trace of the load was not recorded, which says
 * nothing about the page (a run that failed this way on 2026-11-29 passed with 100 in every category three times
 * right after). Such a run is made again, up to twice; any other error stops the bench.
 */
const RETRIED_ERRORS = new Set(['NO_NAVSTART', 'NO_TRACING_STARTED']);
const RETRIES = 2;

/**
 * @typedef {object} LighthouseResult
 * @property {Record<string, number>} median Score 0–100 per category.
 * @property {Record<string, number[]>} runs Every run's score per category.
 * @property {Record<string, string[]>} failing Audits below full marks in the last run, per category (for misses).
 * @property {Record<string, number>} metrics Median of the main performance metrics, in ms (CLS unitless).
 */

/**
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<LighthouseResult>}
 */
export async function runLighthouse(url, runs) {
  /** @type {Record<string, number[]>} */
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, []]));
  /** @type {Record<string, number[]>} */
  const metricRuns = {};
  /** @type {Record<string, string[]>} */
  let failing = {};
  let retries = RETRIES;
  for (let run = 0; run < runs; run++) {
    // A fresh browser per run: no warm caches or leftover state from the previous run.
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error('Lighthouse returned no result');
      if (lhr.runtimeError && RETRIED_ERRORS.has(lhr.runtimeError.code) && retries > 0) {
        retries--;
        run--;
        console.log(`[bench] Lighthouse: ${lhr.runtimeError.code}, running it again`);
        continue;
      }
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      for (const category of CATEGORIES) scores[category]?.push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
      for (const metric of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
        const value = lhr.audits[metric]?.numericValue;
        if (value !== undefined) (metricRuns[metric] ??= []).push(value);
      }
      failing = Object.fromEntries(
        CATEGORIES.map((category) => [
          category,
          (lhr.categories[category]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0)
            .map((ref) => lhr.audits[ref.id])
            .filter((audit) => audit && audit.score !== null && audit.score < 1)
            .map((audit) => `${audit?.id}: ${audit?.title}`),
        ]),
      );
    } finally {
      chrome.kill();
    }
  }
  return {
    median: Object.fromEntries(Object.entries(scores).map(([category, values]) => [category, median(values)])),
    runs: scores,
    failing,
    metrics: Object.fromEntries(Object.entries(metricRuns).map(([metric, values]) => [metric, median(values)])),
  };
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}
