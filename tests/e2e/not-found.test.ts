/**
 * An address that does not exist: each edition's 404 page, with the site's header, navigation and a search form,
 * for a missing address in that edition (the nearest 404.html up the path, as Cloudflare Pages and `npm run preview`
 * serve it); the root 404.html, offering both editions, for one outside them.
 */
import { describe, expect, it } from 'vitest';
import { openPage, PHONE_390, siteUrl, useBrowser } from './helpers/browser';

const browser = useBrowser();

describe('a missing address', () => {
  for (const [path, lang, home] of [
    ['/zh-hans/articles/no-such-article/', 'zh-Hans', '/zh-hans/'],
    ['/zh-hant/topics/no/such/page/', 'zh-Hant', '/zh-hant/'],
  ] as const) {
    it(`${path} answers 404 with its edition's page: header, navigation and search`, async () => {
      const context = await browser().newContext(PHONE_390);
      const response = await (await context.newPage()).goto(siteUrl(path));
      expect(response?.status()).toBe(404);
      const { page, problems } = await openPage(context, path);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('.site-header .masthead').getAttribute('href')).toBe(home);
      expect(await page.locator('.site-nav a').count()).toBe(5);
      const search = page.locator('main form[role="search"]');
      expect(await search.getAttribute('action')).toBe(`${home}search/`);
      expect(await search.locator('input[name="q"]').isVisible()).toBe(true);
      // The edition toggle leads to the other edition's home: the missing address has no page there either.
      expect(await page.locator('.edition-toggle a').getAttribute('href')).toBe(home === '/zh-hans/' ? '/zh-hant/' : '/zh-hans/');
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(problems).toEqual({ consoleErrors: [expect.stringContaining('404')], cspViolations: [] });
      await context.close();
    });
  }

  it('outside the editions answers 404 with the root page, which offers both', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const response = await page.goto(siteUrl('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/zh-hant/', '/zh-hans/']);
    await context.close();
  });
});
