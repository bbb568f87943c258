/** Every kind of page loads clean: no console errors, no Content-Security-Policy violations. */
import { describe, expect, it } from 'vitest';
import { useBrowser, openPage } from './helpers/browser';
import { describePage, SITE_PAGES } from './helpers/pages';

const browser = useBrowser();

describe.each(SITE_PAGES.map((page) => [describePage(page), page] as const))('%s', (_name, sitePage) => {
  it('loads with no console errors and no CSP violations', async () => {
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, sitePage.path, sitePage.siteUrl);
    // The root forwards at once: wait for where it lands, so that page's load is checked too.
    if (sitePage.kind === 'root') await page.waitForURL((url) => url.pathname !== '/');
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await context.close();
  });
});
