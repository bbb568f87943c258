// @ts-check
/**
 * What a reader's first search costs on a built site: open the edition's search page in Chromium (served with
 * gzip, as a CDN would), search, and count what was downloaded from the search bundle and how long it took from
 * pressing Enter to the first result on screen. A fresh browser context per search, so nothing is cached.
 */
import { startServer } from '../serve-static.mjs';
import { launchChromium } from '../lib/chromium.mjs';

/**
 * @typedef {object} FirstSearch
 * @property {string} edition
 * @property {string} query
 * @property {number} milliseconds From Enter to the first result shown.
 * @property {number} requests Requests to the search bundle (`/pagefind/…`).
 * @property {number} bytes Bytes transferred for them (compressed, as sent).
 * @property {number} results Results Pagefind reported.
 */

/**
 * @param {string} siteDir
 * @param {{ edition: string, query: string }[]} searches
 * @returns {Promise<FirstSearch[]>}
 */
export async function measureFirstSearches(siteDir, searches) {
  const server = await startServer({ root: siteDir });
  const browser = await launchChromium();
  try {
    /** @type {FirstSearch[]} */
    const measured = [];
    for (const { edition, query } of searches) {
      const context = await browser.newContext();
      const page = await context.newPage();
      /** @type {Promise<number>[]} */
      const sizes = [];
      page.on('requestfinished', (request) => {
        if (new URL(request.url()).pathname.startsWith('/pagefind/')) sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
      });
      await page.goto(`${server.url}/${edition}/search/`, { waitUntil: 'networkidle' });
      await page.fill('#search-query', query);
      const started = performance.now();
      await page.keyboard.press('Enter');
      await page.locator('.search-results li').first().waitFor({ timeout: 120_000 });
      const milliseconds = performance.now() - started;
      await page.waitForLoadState('networkidle');
      const status = (await page.locator('.search-status').textContent()) ?? '';
      const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
      measured.push({ edition, query, milliseconds, requests: sizes.length, bytes, results: Number(/\d+/.exec(status)?.[0] ?? 0) });
      await context.close();
    }
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}
