/**
 * axe-core finds no violation on any kind of page, in either edition, in the light and the dark colour scheme
 * (the site follows the reader's setting, so both palettes must pass contrast).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, openPage, PHONE_390, useBrowser } from './helpers/browser';
import { describePage, SITE_PAGES } from './helpers/pages';

const browser = useBrowser();

/** One line per failing node, so a failure says what to fix and where. */
function summarise(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? violation.help}`,
    ),
  );
}

/**
 * The root forwards at once; keep it on screen so axe checks the root itself. A navigation answered with
 * 204 No Content leaves the current document in place (aborting it instead would show an error page).
 */
async function holdRoot(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) =>
    route.request().isNavigationRequest() && new URL(route.request().url()).pathname !== '/'
      ? route.fulfill({ status: 204 })
      : route.continue(),
  );
}

describe.each(SITE_PAGES.map((page) => [describePage(page), page] as const))('%s', (_name, sitePage) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${colorScheme} scheme`, async () => {
      const context = await browser().newContext({ colorScheme });
      if (sitePage.kind === 'root') await holdRoot(context);
      const opened = await openPage(context, sitePage.path, sitePage.siteUrl);
      if (sitePage.kind === 'root') expect(new URL(opened.page.url()).pathname).toBe('/');
      const results = await new AxeBuilder({ page: opened.page }).analyze();
      expect(summarise(results.violations)).toEqual([]);
      await context.close();
    });
  }
});

// A mark's card is a popover over the page (#23): checked open, as a bottom sheet on the phone and beside its mark
// on a desk, in both schemes.
describe('an article with a mark’s card open', () => {
  const article = SITE_PAGES.find((page) => page.kind === 'article' && page.site !== 'archive')!;
  for (const [screen, options] of [['390×844 touch', PHONE_390], ['1280×800', DESKTOP]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no axe violations (${screen}, ${colorScheme} scheme)`, async () => {
        const context = await browser().newContext({ ...options, colorScheme });
        const { page } = await openPage(context, article.path);
        const mark = page.locator('.article-body a[href^="#quote-"]').first();
        await mark.scrollIntoViewIfNeeded();
        await (options.hasTouch ? mark.tap() : mark.click());
        await page.locator('#mark-card').waitFor({ state: 'visible' });
        const results = await new AxeBuilder({ page }).analyze();
        expect(summarise(results.violations)).toEqual([]);
        await context.close();
      });
    }
  }
});
