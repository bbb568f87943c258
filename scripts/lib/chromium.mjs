/**
 * How every browser run here starts Chromium: Debian's /usr/bin/chromium through playwright-core, which never
 * downloads a browser of its own (scripts/ensure-chromium.sh installs it, with the CJK fonts, when missing).
 */
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
