// @ts-check
/**
 * The one Chromium every browser tool here drives (Playwright for the tests and screenshots, chrome-launcher for
 * Lighthouse). Test tools never download a browser: they use one already on the machine, looked for in this order:
 *
 * 1. `CHROMIUM_PATH`, when set (an explicit choice: a wrong path is an error, not a reason to look elsewhere);
 * 2. Debian's package, `/usr/bin/chromium` (what `.ci/run` installs);
 * 3. the Chromium `npx playwright-core install chromium` downloads into Playwright's cache.
 *
 * With none of them, launching fails with one line that says how to get one.
 */
import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The one line a reader needs when there is no browser. */
export const NO_CHROMIUM =
  'No Chromium for the browser tests: install Debian\'s (`sudo apt-get install chromium fonts-noto-cjk`), ' +
  'or run `npx playwright-core install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {object} ChromiumSearch
 * @property {Record<string, string | undefined>} [env] Default `process.env`.
 * @property {(path: string) => boolean} [executable] Default: the file exists and may be run.
 * @property {string} [playwrightPath] Where Playwright installs its Chromium; default asked of playwright-core.
 */

/**
 * The executable to drive, or an error message of one line.
 * @param {ChromiumSearch} [search]
 * @returns {{ path: string } | { problem: string }}
 */
export function findChromium({ env = process.env, executable = isExecutable, playwrightPath = chromium.executablePath() } = {}) {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) return executable(chosen) ? { path: chosen } : { problem: `CHROMIUM_PATH=${chosen} is not an executable file.` };
  for (const path of [DEBIAN_CHROMIUM, playwrightPath]) if (executable(path)) return { path };
  return { problem: NO_CHROMIUM };
}

/**
 * The Chromium to drive; throws the one-line problem otherwise. The error carries no stack: it is a set-up
 * instruction, not a bug, and test runners print whatever stack an error has.
 * @returns {string}
 */
export function chromiumPath() {
  const found = findChromium();
  if ('path' in found) return found.path;
  const error = new Error(found.problem);
  error.stack = `Error: ${found.problem}`;
  throw error;
}

/**
 * --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start. --disable-dev-shm-usage: containers
 * often have a tiny /dev/shm, which crashes tabs. --disable-background-networking: no requests but the page's own.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
];

/** The machine's Chromium through playwright-core, with the flags above. */
export async function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}
