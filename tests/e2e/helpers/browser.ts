/**
 * Drives Debian's Chromium through playwright-core. One browser per test file (launching is the slow part on two
 * cores), a fresh context per test, and every page opened through `openPage` so console errors and
 * Content-Security-Policy violations are collected without each test asking.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/**
 * One browser for the calling test file: launched before its tests, closed after them. Returns a getter, since
 * the browser exists only once the tests run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll: use it inside a test');
    return browser;
  };
}

/** An absolute URL on the test server (or on another server when `base` is given). */
export function siteUrl(path: string, base: string = inject('siteUrl')): string {
  return new URL(path, `${base}/`).href;
}

/** What went wrong on a page, as the reader's browser would have logged it. */
export interface PageProblems {
  /** console.error messages, failed resource loads and uncaught exceptions. */
  consoleErrors: string[];
  /** One line per `securitypolicyviolation` event: the directive and what it blocked. */
  cspViolations: string[];
}

export interface OpenedPage {
  page: Page;
  problems: PageProblems;
}

/**
 * Hands CSP violations to Node the moment they fire (a binding, not a page variable, so a violation just before a
 * navigation is not lost). Init scripts and bindings come in through the DevTools protocol, which the page's own
 * CSP does not govern. They need JavaScript: with it disabled, violations still show as console errors.
 */
async function watchCspViolations(page: Page, violations: string[]): Promise<void> {
  await page.exposeBinding('__reportCspViolation', (_source, line: string) => {
    violations.push(line);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

/** Opens `path` in a new page of `context`, watching it for problems from the first byte. */
export async function openPage(context: BrowserContext, path: string, base?: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  await watchCspViolations(page, problems.cspViolations);
  await page.goto(siteUrl(path, base), { waitUntil: 'load' });
  return { page, problems };
}

/** A phone as readers hold one: 390×844, touch. */
export const PHONE_390: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** A laptop's window: 1280×800, a mouse. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** A context for the phone the issue names: 375 px wide. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
