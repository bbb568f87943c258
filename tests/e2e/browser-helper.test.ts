/**
 * The checks the other browser tests lean on can fail: a page that breaks its CSP, or loads a missing file, is
 * reported. Runs against a fixture site whose `_headers` sets a strict policy on /csp-demo/.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve-static.mjs';
import { launchBrowser, openPage } from './helpers/browser';

let browser: Browser;
let fixture: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  fixture = await startServer({ root: resolve(import.meta.dirname, '../fixtures/static-site') });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await fixture?.close();
});

describe('the browser helper', () => {
  it('reports a CSP violation set off by a policy from _headers', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, '/csp-demo/', fixture.url);
    expect(await page.evaluate(() => document.body.dataset.ran)).toBeUndefined();
    expect(problems.cspViolations).toHaveLength(1);
    expect(problems.cspViolations[0]).toMatch(/^script-src-elem blocked inline/);
    await context.close();
  });

  it('reports a resource that fails to load as a console error', async () => {
    const context = await browser.newContext();
    const { problems } = await openPage(context, '/broken/', fixture.url);
    expect(problems.consoleErrors.join('\n')).toMatch(/404/);
    await context.close();
  });

  it('reports nothing for a page without problems', async () => {
    const context = await browser.newContext();
    const { problems } = await openPage(context, '/docs/', fixture.url);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await context.close();
  });
});
