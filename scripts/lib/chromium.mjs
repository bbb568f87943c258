// @ts-check
/**
 * The one Chromium every browser tool here drives (Playwright for the tests and screenshots, chrome-launcher for
 * Lighthouse): Debian's, installed by scripts/ensure-chromium.sh. Test tools must never download a browser of
 * their own.
 */
import { chromium } from 'playwright-core';

/** CHROMIUM_PATH points elsewhere on a machine without Debian's package. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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

/** Debian's Chromium through playwright-core, with the flags above. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
