/**
 * The design in a real browser, on the built site: no sideways scrolling on a 360 px phone, the sidebars beside
 * the text on a wide screen and after it on a phone, the dark scheme, the :target highlight, each edition's own
 * CJK face, and the print layout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../helpers/seed';
import { siteUrl, useBrowser } from './helpers/browser';
import { mentionsNotOf, mentionsOf } from '../helpers/annotation-selectors';

const EDITIONS = ['zh-hant', 'zh-hans'] as const;
const browser = useBrowser();
const articleUrl = (edition: string) => siteUrl(`/${edition}/articles/${SEED_SLUG}/`);

async function open(url: string, options: { width: number; colorScheme?: 'light' | 'dark' }): Promise<Page> {
  const page = await browser().newPage({ viewport: { width: options.width, height: 800 }, colorScheme: options.colorScheme ?? 'light' });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not displayed`);
  return found;
}

describe('on a 360 px phone', () => {
  it.each(EDITIONS)('no page of the %s edition scrolls sideways', async (edition) => {
    for (const path of [`/${edition}/articles/${SEED_SLUG}/`, `/${edition}/`, `/${edition}/search/`]) {
      const page = await open(siteUrl(path), { width: 360 });
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
      await page.close();
    }
  });
});

describe('where the sidebars go', () => {
  it.each(EDITIONS)('%s at 1280 px: beside the text, the index level with its top and the sidebars under it', async (edition) => {
    const page = await open(articleUrl(edition), { width: 1280 });
    const text = await box(page, '.article');
    const index = await box(page, '.sidebar-index');
    const sidebars = await box(page, '.article-sidebars');
    for (const column of [index, sidebars]) {
      expect(column.x).toBeGreaterThanOrEqual(text.x + text.width);
      expect(column.x + column.width).toBeLessThanOrEqual(1280);
    }
    expect(Math.abs(index.y - text.y)).toBeLessThan(50);
    expect(sidebars.y).toBeGreaterThanOrEqual(index.y + index.height - 1);
    expect(sidebars.y - (index.y + index.height)).toBeLessThan(50);
    await page.close();
  });

  it.each(EDITIONS)('%s at 375 px: the index before the text, the sidebars after it, as wide as it', async (edition) => {
    const page = await open(articleUrl(edition), { width: 375 });
    const text = await box(page, '.article');
    const index = await box(page, '.sidebar-index');
    const sidebars = await box(page, '.article-sidebars');
    expect(index.y + index.height).toBeLessThanOrEqual(text.y);
    expect(sidebars.y).toBeGreaterThanOrEqual(text.y + text.height);
    expect(sidebars.width).toBeCloseTo(text.width, 0);
    expect(index.width).toBeCloseTo(text.width, 0);
    await page.close();
  });

  it('in print: after the text, with no toggle and the addresses of external links written out', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    await page.goto(articleUrl('zh-hant'), { waitUntil: 'load' });
    const text = await box(page, '.article');
    const sidebars = await box(page, '.article-sidebars');
    expect(sidebars.y).toBeGreaterThanOrEqual(text.y + text.height);
    expect(await page.locator('.edition-toggle').isVisible()).toBe(false);
    const external = page.locator('.sources a[href^="http"]').first();
    const href = await external.getAttribute('href');
    expect(await external.evaluate((link) => getComputedStyle(link, '::after').content)).toContain(href);
    // Paper is white even when the screen is dark.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.close();
  });
});

describe('colour schemes', () => {
  const colours = async (colorScheme: 'light' | 'dark') => {
    const page = await open(articleUrl('zh-hant'), { width: 1280, colorScheme });
    const result = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { background: style.backgroundColor, text: style.color };
    });
    await page.close();
    return result;
  };
  /** Rough luminance of `rgb(r, g, b)`: enough to tell a dark page from a light one. */
  const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, channel) => sum + Number(channel), 0);

  it('a reader whose system is dark gets light text on a dark page, and the opposite in light', async () => {
    const light = await colours('light');
    const dark = await colours('dark');
    expect(dark.background).not.toBe(light.background);
    expect(lightness(light.background)).toBeGreaterThan(lightness(light.text));
    expect(lightness(dark.background)).toBeLessThan(lightness(dark.text));
  });
});

describe('the text', () => {
  it.each([
    ['light', '#actor-maduro'],
    ['dark', '#actor-maduro'],
    ['light', '#m-maduro-1'],
    ['dark', '#m-maduro-1'],
  ] as const)('%s: %s as the target highlights that actor’s mentions only', async (colorScheme, target) => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 }, colorScheme });
    await page.goto(`${articleUrl('zh-hant')}${target}`, { waitUntil: 'load' });
    const backgrounds = await page.evaluate(
      ([maduro, others]) => ({
        page: getComputedStyle(document.body).backgroundColor,
        maduro: [...document.querySelectorAll(`.article-body :is(${maduro})`)].map((mention) => getComputedStyle(mention).backgroundColor),
        others: [...document.querySelectorAll(`.article-body :is(${others})`)].map((mention) => getComputedStyle(mention).backgroundColor),
      }),
      [mentionsOf('maduro'), mentionsNotOf('maduro')] as const,
    );
    expect(backgrounds.maduro.length).toBeGreaterThan(1);
    for (const background of backgrounds.maduro) {
      expect(background).not.toBe(backgrounds.page);
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
    }
    expect(new Set(backgrounds.others)).toEqual(new Set(['rgba(0, 0, 0, 0)']));
    await page.close();
  });

  it('quotations show the article’s own 「」 once: <q> adds no marks', async () => {
    const page = await open(articleUrl('zh-hant'), { width: 1280 });
    const marks = await page.locator('.article-body q').first().evaluate((quote) => [getComputedStyle(quote, '::before').content, getComputedStyle(quote, '::after').content]);
    expect(marks).toEqual(['none', 'none']);
    await page.close();
  });

  it.each([
    ['zh-hant', 'TC'],
    ['zh-hans', 'SC'],
  ])('the %s edition is set in the system CJK face for its script (Noto Sans CJK %s here)', async (edition, region) => {
    const page = await open(articleUrl(edition), { width: 1280 });
    const session = await page.context().newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument');
    const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.article-body > p' });
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    const mostUsed = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName;
    expect(mostUsed).toBe(`Noto Sans CJK ${region}`);
    await page.close();
  });
});
