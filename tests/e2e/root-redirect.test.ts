/** `/` forwards to the Traditional edition on any static host, with or without JavaScript. */
import { describe, expect, it } from 'vitest';
import { useBrowser, openPage } from './helpers/browser';

const browser = useBrowser();

describe('the root page', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`forwards / to /zh-hant/ with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const context = await browser().newContext({ javaScriptEnabled });
      const { page } = await openPage(context, '/');
      await page.waitForURL((url) => url.pathname === '/zh-hant/', { timeout: 10_000 });
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
      await context.close();
    });
  }
});

describe('a first visit to /', () => {
  /** A context whose browser prefers `languages`, in that order, and has no remembered edition. */
  const preferring = (languages: string[], javaScriptEnabled = true) =>
    browser().newContext({ locale: languages[0], javaScriptEnabled, extraHTTPHeaders: { 'Accept-Language': languages.join(',') } }).then(async (context) => {
      await context.addInitScript((list) => Object.defineProperty(navigator, 'languages', { get: () => list }), languages);
      return context;
    });

  for (const [languages, edition] of [
    [['zh-CN'], '/zh-hans/'],
    [['zh-SG', 'en'], '/zh-hans/'],
    [['zh-Hans-HK'], '/zh-hans/'],
    [['en-US', 'zh-CN'], '/zh-hans/'],
    [['zh-TW'], '/zh-hant/'],
    [['zh-HK', 'zh-CN'], '/zh-hant/'],
    [['zh', 'en'], '/zh-hant/'],
    [['en-US'], '/zh-hant/'],
  ] as const) {
    it(`sends a reader whose browser prefers ${languages.join(', ')} to ${edition}`, async () => {
      const context = await preferring([...languages]);
      const { page } = await openPage(context, '/');
      await page.waitForURL((url) => url.pathname === edition, { timeout: 10_000 });
      await context.close();
    });
  }

  it('lets the remembered choice win over the browser’s languages', async () => {
    const context = await preferring(['zh-CN']);
    const { page } = await openPage(context, '/zh-hans/');
    await page.locator('a[data-edition="zh-hant"]').click();
    await page.waitForURL((url) => url.pathname === '/zh-hant/');
    const next = await openPage(context, '/');
    await next.page.waitForURL((url) => url.pathname === '/zh-hant/', { timeout: 10_000 });
    await context.close();
  });

  it('sends a reader without JavaScript to the Traditional edition, whatever their languages', async () => {
    const context = await preferring(['zh-CN'], false);
    const { page } = await openPage(context, '/');
    await page.waitForURL((url) => url.pathname === '/zh-hant/', { timeout: 10_000 });
    await context.close();
  });
});
