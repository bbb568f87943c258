/** On a 375 px phone nothing is wider than the screen: the reader never scrolls sideways. */
import { describe, expect, it } from 'vitest';
import { useBrowser, openPage, PHONE } from './helpers/browser';
import { describePage, EDITION_PAGES } from './helpers/pages';

const browser = useBrowser();

describe.each(EDITION_PAGES.map((page) => [describePage(page), page] as const))('%s at 375 px', (_name, sitePage) => {
  it('has no horizontal scroll', async () => {
    const context = await browser().newContext(PHONE);
    const { page } = await openPage(context, sitePage.path, sitePage.siteUrl);
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.viewport).toBe(375);
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
    await context.close();
  });
});
