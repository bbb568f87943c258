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
 * @property {number} milliseconds From Enter to the first result shown, the query typed once the page had loaded
 *   and its network was idle (a reader who opened the search page and typed).
 * @property {number} afterPauseMilliseconds From Enter to the first result shown, Enter pressed READER_PAUSE_MS after
 *   the query was filled in: a reader who reads what they typed before sending it, as anyone choosing characters in
 *   an input method does.
 * @property {number} fromAddressMilliseconds From the start of the navigation to the first result shown, for the
 *   search page opened with the query in its address (a search from another page's header, a shared link): the
 *   page, Pagefind and the index loaded in turn, nothing ahead of time.
 * @property {number} requests Requests to the search bundle (`/pagefind/…`).
 * @property {number} bytes Bytes transferred for them (compressed, as sent).
 * @property {number} results Results Pagefind reported.
 * @property {Record<string, number>} bytesByKind The bytes by what they are: Pagefind's script and WebAssembly, its
 *   entry and metadata, index chunks, filters, result fragments, and the rest (parts list, query table).
 */

/** What a file of the search bundle is, by its name. @param {string} path */
function kindOf(path) {
  if (path.includes('/index/')) return 'index';
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/filter/')) return 'filters';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'metadata';
  if (path.endsWith('.js') || path.endsWith('.pagefind')) return 'script';
  return 'other';
}

/**
 * A phone on a mobile network, as Chrome DevTools' "Fast 4G" preset and Lighthouse's CPU slowdown describe it:
 * 60 ms round trips, 9 Mbit/s down and 1.5 up, the CPU four times slower, a 390 px wide touch screen.
 */
export const MOBILE_PROFILE = { latencyMs: 60, downMbps: 9, upMbps: 1.5, cpuSlowdown: 4, width: 390, height: 844 };

/**
 * A fresh browser context (nothing cached) with one page, throttled as `profile` when given.
 * @param {import('playwright-core').Browser} browser
 * @param {typeof MOBILE_PROFILE | undefined} profile
 */
async function throttledPage(browser, profile) {
  const context = await browser.newContext(profile ? { viewport: { width: profile.width, height: profile.height }, isMobile: true, hasTouch: true } : {});
  const page = await context.newPage();
  if (profile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: (profile.downMbps * 1e6) / 8,
      uploadThroughput: (profile.upMbps * 1e6) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  }
  return { context, page };
}

/** How long the reader of `afterPauseMilliseconds` looks at the query before pressing Enter. */
export const READER_PAUSE_MS = 300;

/**
 * Milliseconds from Enter to the first result on screen, Enter pressed READER_PAUSE_MS after the query was filled in.
 * @param {import('playwright-core').Browser} browser
 * @param {typeof MOBILE_PROFILE | undefined} profile
 * @param {string} address The search page, without a query.
 * @param {string} query
 */
async function firstResultAfterPause(browser, profile, address, query) {
  const { context, page } = await throttledPage(browser, profile);
  try {
    await page.goto(address, { waitUntil: 'networkidle' });
    await page.fill('#search-query', query);
    await page.waitForTimeout(READER_PAUSE_MS);
    const started = performance.now();
    await page.keyboard.press('Enter');
    await page.locator('.search-results li').first().waitFor({ timeout: 120_000 });
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from the navigation's start to the first result on screen, read by the page's own clock (checked on
 * every frame), for the search page opened at `address` (which carries the query).
 * @param {import('playwright-core').Browser} browser
 * @param {typeof MOBILE_PROFILE | undefined} profile
 * @param {string} address
 */
async function firstResultFromAddress(browser, profile, address) {
  const { context, page } = await throttledPage(browser, profile);
  try {
    await page.goto(address, { waitUntil: 'commit' });
    const shown = await page.waitForFunction(() => document.querySelector('.search-results li') !== null && performance.now(), undefined, { polling: 'raf', timeout: 120_000 });
    return Number(await shown.jsonValue());
  } finally {
    await context.close();
  }
}

/**
 * @param {string} siteDir
 * @param {{ edition: string, query: string }[]} searches
 * @param {{ profile?: typeof MOBILE_PROFILE }} [options] `profile`: throttle as that phone (none: the machine as it is)
 * @returns {Promise<FirstSearch[]>}
 */
export async function measureFirstSearches(siteDir, searches, options = {}) {
  const { profile } = options;
  const server = await startServer({ root: siteDir });
  const browser = await launchChromium();
  try {
    /** @type {FirstSearch[]} */
    const measured = [];
    for (const { edition, query } of searches) {
      const { context, page } = await throttledPage(browser, profile);
      /** @type {Promise<{ kind: string, bytes: number }>[]} */
      const sizes = [];
      page.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/pagefind/')) sizes.push(request.sizes().then((size) => ({ kind: kindOf(path), bytes: size.responseBodySize + size.responseHeadersSize })));
      });
      await page.goto(`${server.url}/${edition}/search/`, { waitUntil: 'networkidle' });
      await page.fill('#search-query', query);
      const started = performance.now();
      await page.keyboard.press('Enter');
      await page.locator('.search-results li').first().waitFor({ timeout: 120_000 });
      const milliseconds = performance.now() - started;
      await page.waitForLoadState('networkidle');
      const status = (await page.locator('.search-status').textContent()) ?? '';
      const files = await Promise.all(sizes);
      const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
      /** @type {Record<string, number>} */
      const bytesByKind = {};
      for (const file of files) bytesByKind[file.kind] = (bytesByKind[file.kind] ?? 0) + file.bytes;
      await context.close();
      const afterPauseMilliseconds = await firstResultAfterPause(browser, profile, `${server.url}/${edition}/search/`, query);
      const fromAddressMilliseconds = await firstResultFromAddress(browser, profile, `${server.url}/${edition}/search/?q=${encodeURIComponent(query)}`);
      measured.push({ edition, query, milliseconds, afterPauseMilliseconds, fromAddressMilliseconds, requests: sizes.length, bytes, bytesByKind, results: Number(/\d+/.exec(status)?.[0] ?? 0) });
    }
    return measured;
  } finally {
    await browser.close();
    await server.close();
  }
}
