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
