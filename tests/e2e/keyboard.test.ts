/**
 * A keyboard reader reaches every link that matters with Tab, in reading order: the masthead, the edition toggle,
 * every sidebar link and every source.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../helpers/seed';
import { useBrowser, openPage } from './helpers/browser';

const browser = useBrowser();

/** Presses Tab until focus leaves the page (or comes round again); returns what held focus, in order. */
async function tabOrder(page: Page, limit = 300): Promise<string[]> {
  const stops: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const link = element.closest('a');
      return link ? `a ${link.getAttribute('href')}` : `${element.tagName.toLowerCase()}#${element.id}`;
    });
    if (stop === null || stop === stops[0]) break;
    stops.push(stop);
  }
  return stops;
}

describe('keyboard navigation on the article', () => {
  it('reaches the skip link first, then the masthead, the edition toggle, every sidebar link and every source link', async () => {
    const context = await browser().newContext();
    const { page } = await openPage(context, `/zh-hant/articles/${SEED_SLUG}/`);
    const hrefs = (selector: string) =>
      page.locator(selector).evaluateAll((links) => links.map((link) => `a ${link.getAttribute('href')}`));
    const toggle = await hrefs('a[data-edition]');
    // Links folded in a closed <details> are reached once its summary is opened (next test).
    const sidebarLinks = await hrefs('nav.sidebar-index a[href], aside.article-sidebars a[href]:not(details:not([open]) a)');
    const sourceLinks = await hrefs('.sources a[href]');
    expect(toggle).toHaveLength(1);
    expect(sidebarLinks.length).toBeGreaterThan(0);
    expect(sourceLinks.length).toBeGreaterThan(0);

    const stops = await tabOrder(page, (await page.locator('a[href], button, input, [tabindex]').count()) + 10);
    expect(stops[0]).toBe('a #main');
    const masthead = stops.indexOf('a /zh-hant/');
    expect(masthead).toBeGreaterThan(0);
    expect(stops).toContain(toggle[0]);
    const missing = [...sidebarLinks, ...sourceLinks].filter((link) => !stops.includes(link));
    expect(missing).toEqual([]);
    expect(stops).toContain('input#sidebar-marks');
    expect(stops).toContain('summary#');
    const sourceStops = sourceLinks.map((link) => stops.indexOf(link));
    for (const at of sourceStops) expect(at).toBeGreaterThan(masthead);
    expect(sourceStops).toEqual([...sourceStops].sort((a, b) => a - b));
    await context.close();
  });

  it('opens the folded actors with Enter on their summary line, then reaches each of their links', async () => {
    const context = await browser().newContext();
    const { page } = await openPage(context, `/zh-hant/articles/${SEED_SLUG}/`);
    const folded = await page.locator('details.more-actors a[href]').evaluateAll((links) => links.map((link) => `a ${link.getAttribute('href')}`));
    expect(folded.length).toBeGreaterThan(0);
    await page.locator('details.more-actors summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details.more-actors').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    const stops = await tabOrder(page, folded.length + 5);
    expect(stops.slice(0, folded.length)).toEqual(folded);
    await context.close();
  });

  it('shows where focus is: the focused link is drawn with an outline', async () => {
    const context = await browser().newContext();
    const { page } = await openPage(context, `/zh-hant/articles/${SEED_SLUG}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThan(0);
    await context.close();
  });

  it('moves focus to the article text with the skip link', async () => {
    const context = await browser().newContext();
    const { page } = await openPage(context, `/zh-hant/articles/${SEED_SLUG}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#main');
    const stop = await tabOrder(page, 1);
    // The next Tab goes to the first link inside <main>, not back to the masthead.
    expect(stop[0]).not.toBe('a /zh-hant/');
    await context.close();
  });

  it('follows the edition toggle with Enter', async () => {
    const context = await browser().newContext();
    const { page } = await openPage(context, '/zh-hans/');
    const stops = await tabOrder(page, 20);
    const toggleAt = stops.findIndex((stop) => stop.startsWith('a ') && stop.includes('/zh-hant/'));
    expect(toggleAt).toBeGreaterThan(0);
    await page.goto(page.url());
    for (let press = 0; press <= toggleAt; press++) await page.keyboard.press('Tab');
    expect((await page.evaluate(() => document.activeElement?.textContent))?.trim()).toBe('繁體');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/zh-hant/');
    await context.close();
  });

  it('reaches the site navigation after the masthead, in reading order, and follows it with Enter', async () => {
    const context = await browser().newContext();
    const { page } = await openPage(context, `/zh-hant/articles/${SEED_SLUG}/`);
    const stops = await tabOrder(page, 8);
    expect(stops.slice(0, 7)).toEqual([
      'a #main',
      'a /zh-hant/',
      'a /zh-hant/',
      'a /zh-hant/topics/',
      'a /zh-hant/actors/',
      'a /zh-hant/archive/',
      'a /zh-hant/search/',
    ]);
    await page.goto(page.url());
    for (let press = 0; press < 5; press++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/zh-hant/actors/');
    await context.close();
  });
});
