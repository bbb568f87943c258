/**
 * Search: each edition searches its own pages, and Pagefind is fetched only once the reader searches.
 */
import { describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../helpers/seed';
import { useBrowser, openPage } from './helpers/browser';

const browser = useBrowser();

describe('search', () => {
  it.each([
    ['zh-hant', '馬杜羅'],
    ['zh-hans', '马杜罗'],
  ])('in %s, %s finds the seed article in the same edition', async (edition, query) => {
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, `/${edition}/search/`);
    await page.fill('#search-query', query);
    await page.keyboard.press('Enter');
    const result = page.locator('.search-results li a').first();
    await result.waitFor({ timeout: 15_000 });
    expect(new URL(String(await result.getAttribute('href')), page.url()).pathname).toBe(
      `/${edition}/articles/${SEED_SLUG}/`,
    );
    // Pagefind segments Chinese by character, so it marks each matching character of the excerpt.
    const excerpt = String(await page.locator('.search-results li p').first().textContent());
    expect(excerpt).toContain(query);
    expect(await page.locator('.search-results mark').count()).toBeGreaterThanOrEqual(query.length);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await context.close();
  });

  it('loads Pagefind only when the reader searches', async () => {
    const context = await browser().newContext();
    const requested: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const { page } = await openPage(context, `/zh-hant/articles/${SEED_SLUG}/`);
    await page.goto(page.url().replace(/articles\/.*$/, 'search/'));
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.fill('#search-query', '馬杜羅');
    await page.keyboard.press('Enter');
    await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
    expect(requested.some((path) => path.startsWith('/pagefind/zh-hant/'))).toBe(true);
    expect(requested.some((path) => path.startsWith('/pagefind/zh-hans/'))).toBe(false);
    await context.close();
  });
});
