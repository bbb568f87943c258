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
 *   and its network was idle (a reader who opened the search page and typed). Every time is read by the page's own
 *   clock (recordFirstResult): from the Enter key's event to the paint after the first result joined the page.
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
  await page.addInitScript(recordFirstResult);
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

/**
 * Runs in the page before its own scripts: records, by the page's clock, when Enter went down and when the first
 * result was painted, and resolves `window.firstResultShown` with both. The time is taken in the page because the
 * test driver's own waiting is not the reader's: Playwright's `waitFor` polls the page with injected script, which
 * under the profile's 4x slower CPU competes with the search for the page's one thread and notices the result up to
 * a few hundred milliseconds after it is on screen (traced on a 200-article archive: 476-540 ms in the page,
 * 607-987 ms seen by the driver). "Painted" is the first task after the frame that lays the result out (a rendering frame, then a
 * task: the moment web-vitals takes as "after the next paint").
 */
function recordFirstResult() {
  /** @type {{ enter?: number, shown?: number }} */
  const marks = {};
  /** @type {(value: typeof marks) => void} */
  let resolve = () => {};
  Object.defineProperty(window, 'firstResultShown', { value: new Promise((done) => (resolve = done)) });
  addEventListener('keydown', (event) => { if (event.key === 'Enter') marks.enter ??= event.timeStamp; }, true);
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.search-results li')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve({ ...marks, shown: performance.now() })));
  }).observe(document, { childList: true, subtree: true });
}

/**
 * The page's own times of its first result (recordFirstResult): from Enter, or from the navigation's start when
 * the query came in the address (the page's clock starts there).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ fromEnter: number, fromNavigation: number }>}
 */
async function firstResultTimes(page) {
  const marks = await page.evaluate(
    (limit) =>
      /** @type {Promise<{ enter?: number, shown: number }>} */ (
        Promise.race([
          /** @type {any} */ (window).firstResultShown,
          new Promise((_, fail) => setTimeout(() => fail(new Error(`no search result on screen within ${limit} ms`)), limit)),
        ])
      ),
    120_000,
  );
  return { fromEnter: marks.enter === undefined ? Number.NaN : marks.shown - marks.enter, fromNavigation: marks.shown };
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
    await page.keyboard.press('Enter');
    return (await firstResultTimes(page)).fromEnter;
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from the navigation's start to the first result on screen, read by the page's own clock, for the
 * search page opened at `address` (which carries the query).
 * @param {import('playwright-core').Browser} browser
 * @param {typeof MOBILE_PROFILE | undefined} profile
 * @param {string} address
 */
async function firstResultFromAddress(browser, profile, address) {
  const { context, page } = await throttledPage(browser, profile);
  try {
    await page.goto(address, { waitUntil: 'commit' });
    return (await firstResultTimes(page)).fromNavigation;
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
      await page.keyboard.press('Enter');
      const milliseconds = (await firstResultTimes(page)).fromEnter;
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
