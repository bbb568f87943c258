/**
 * The edition toggle: a plain link to the same page in the other script, which with JavaScript also keeps the
 * reader's place and is remembered, so `/` sends them to the edition they chose.
 */
import { describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../helpers/seed';
import { useBrowser, openPage, PHONE_390, DESKTOP } from './helpers/browser';

const TRADITIONAL = `/zh-hant/articles/${SEED_SLUG}/`;
const SIMPLIFIED = `/zh-hans/articles/${SEED_SLUG}/`;
const TOGGLE = 'a[data-edition]';

const browser = useBrowser();

describe('the edition toggle', () => {
  it('is a link to the same article in the other edition, with JavaScript disabled too', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, TRADITIONAL);
    const toggle = page.locator(TOGGLE);
    expect(await toggle.isVisible()).toBe(true);
    await toggle.click();
    await page.waitForURL((url) => url.pathname === SIMPLIFIED);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator(TOGGLE).getAttribute('href')).toBe(TRADITIONAL);
    await context.close();
  });

  // On a wide screen the sidebar index stays in view beside the text: the place is the text's, not the index's.
  for (const [screen, options] of [['a 390 px phone', PHONE_390], ['a 1280 px screen', DESKTOP]] as const) {
    for (const [from, to] of [[TRADITIONAL, SIMPLIFIED], [SIMPLIFIED, TRADITIONAL]]) {
      it(`keeps the paragraph being read in view from ${from.slice(1, 8)} to ${to.slice(1, 8)} on ${screen}`, async () => {
        const context = await browser().newContext(options);
        const { page, problems } = await openPage(context, from);
        const paragraphs = page.locator('.article-body > p');
        const reading = Math.floor((await paragraphs.count()) / 2);
        await paragraphs
          .nth(reading)
          .evaluate((element) => window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - 100, behavior: 'instant' }));
        // The toggle sits in the page header: reach it the way a reader does, without scrolling away first.
        await page.locator(TOGGLE).evaluate((link: HTMLAnchorElement) => link.click());
        await page.waitForURL((url) => url.pathname === to);
        await page.waitForLoadState('load');
        const top = await page
          .locator('.article-body > p')
          .nth(reading)
          .evaluate((element) => element.getBoundingClientRect().top);
        expect(Math.abs(top - 100)).toBeLessThan(60);
        expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
        await context.close();
      });
    }
  }

  it('is remembered: the next visit to / goes to the edition chosen last', async () => {
    const context = await browser().newContext();
    const { page } = await openPage(context, TRADITIONAL);
    await page.locator(TOGGLE).click();
    await page.waitForURL((url) => url.pathname === SIMPLIFIED);
    const next = await openPage(context, '/');
    await next.page.waitForURL((url) => url.pathname === '/zh-hans/');
    expect(await next.page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    await context.close();
  });
});
