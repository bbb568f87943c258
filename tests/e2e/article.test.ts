/** The article as a reader's browser shows it. Without JavaScript first: everything must be readable with it off. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_SLUG, seedBlocks } from '../helpers/seed';
import { launchBrowser, openPage } from './helpers/browser';

const ARTICLE = `/zh-hant/articles/${SEED_SLUG}/`;

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
  ({ page } = await openPage(context, ARTICLE));
});
afterAll(async () => {
  await browser?.close();
});

describe('the article with JavaScript disabled', () => {
  it('runs with JavaScript really off', async () => {
    const probe = await context.newPage();
    await probe.setContent('<p id="x">off</p><script>document.getElementById("x").textContent = "on"</script>');
    expect(await probe.textContent('#x')).toBe('off');
    await probe.close();
  });

  it('shows the header: title, standfirst, date and byline', async () => {
    const header = page.locator('main article header.article-header');
    expect(await header.locator('h1').innerText()).toBe('委內瑞拉是否已被其兩大盟友——中俄拋棄？');
    expect(await header.locator('.dek').isVisible()).toBe(true);
    expect(await header.locator('time').innerText()).toBe('2025年12月11日');
    expect(await header.locator('.byline').isVisible()).toBe(true);
  });

  it('shows the four section headings', async () => {
    const expected = seedBlocks()
      .filter((block) => block.kind === 'heading')
      .map((block) => block.text);
    expect(await page.locator('.article-body h2').allInnerTexts()).toEqual(expected);
    for (const heading of await page.locator('.article-body h2').all()) expect(await heading.isVisible()).toBe(true);
  });

  it('shows every paragraph of the text', async () => {
    const paragraphs = seedBlocks().filter((block) => block.kind === 'paragraph');
    const shown = page.locator('.article-body > p');
    expect(await shown.count()).toBe(paragraphs.length);
    expect(await shown.last().isVisible()).toBe(true);
  });

  it('shows each figure’s caption, and the credits of its pictures (not published) with the sources', async () => {
    const captions = seedBlocks().filter((block) => block.kind === 'caption');
    const figures = page.locator('.article-body figure');
    expect(await figures.count()).toBe(captions.length);
    for (const [index, caption] of captions.entries()) {
      const figure = figures.nth(index);
      expect(await figure.locator('.caption').innerText()).toBe(caption.text);
    }
    expect(await page.locator('.article-body .credit, figure.hero').count()).toBe(0);
    const credits = page.locator('.article-footer .image-credits');
    expect(await credits.isVisible()).toBe(true);
    for (const caption of captions) expect(await credits.innerText()).toContain(caption.credit);
  });

  it('shows the sources with their links', async () => {
    const sources = page.locator('.sources');
    expect(await sources.isVisible()).toBe(true);
    expect(await sources.locator('a[href^="http"]').count()).toBeGreaterThan(0);
  });
});
