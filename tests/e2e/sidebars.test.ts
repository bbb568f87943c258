/** The sidebars beside the article: there without JavaScript, and their links land where they say. */
import { describe, expect, it } from 'vitest';
import { ACTOR_ENTRY, ACTOR_NAME, mentionsNotOf, mentionsOf, QUOTE_ENTRY, QUOTE_LINK, QUOTE_WORDS } from '../helpers/annotation-selectors';
import { SEED_SLUG } from '../helpers/seed';
import { useBrowser, openPage } from './helpers/browser';

const ARTICLE = `/zh-hant/articles/${SEED_SLUG}/`;

const browser = useBrowser();

describe('the sidebars', () => {
  it('show actors, quotes and key figures with JavaScript disabled', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, ARTICLE);
    const sidebars = page.locator('aside.article-sidebars');
    expect(await sidebars.isVisible()).toBe(true);
    expect(await sidebars.locator(ACTOR_ENTRY).count()).toBeGreaterThan(0);
    expect(await sidebars.locator(QUOTE_ENTRY).count()).toBeGreaterThan(0);
    expect(await sidebars.locator('.sidebar-section').count()).toBeGreaterThanOrEqual(3);
    await context.close();
  });

  it('highlight every mention of an actor, and only those, when the actor is selected (without JavaScript)', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, ARTICLE);
    const entry = page.locator(ACTOR_ENTRY).first();
    const actorLink = entry.locator(ACTOR_NAME);
    const actorId = ((await entry.getAttribute('id')) ?? '').replace('actor-', '');
    const background = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).backgroundColor));
    const plain = await background(`.article-body :is(${mentionsOf(actorId)})`);
    expect(plain.length).toBeGreaterThan(0);

    await actorLink.click();
    await page.waitForURL((url) => url.hash === `#m-${actorId}-1`);
    const highlighted = await background(`.article-body :is(${mentionsOf(actorId)})`);
    const others = await background(`.article-body :is(${mentionsNotOf(actorId)})`);
    expect(others.length).toBeGreaterThan(0);
    expect(new Set(highlighted).size).toBe(1);
    expect(highlighted[0]).not.toBe(plain[0]);
    expect(others).not.toContain(highlighted[0]);
    await context.close();
  });

  // Without JavaScript the marks are plain links: quote -> its place in the text -> its entry -> back.
  it('take the reader from a quote to its place in the text, highlighted, and back (without JavaScript)', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, ARTICLE);
    const { entryId, quote } = await followFirstQuote(page);

    await quote.locator.locator(QUOTE_LINK).click();
    await page.waitForURL((url) => url.hash === `#${entryId}`);
    expect(await inViewport(page.locator(`[id="${entryId}"]`))).toBe(true);

    await page.goBack();
    await page.waitForURL((url) => url.hash === `#${quote.id}`);
    expect(await inViewport(quote.locator)).toBe(true);
    await context.close();
  });

  // With JavaScript the quote's mark explains itself in a card where it stands (#23).
  it('take the reader from a quote to its place in the text, where its mark opens the entry in place', async () => {
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, ARTICLE);
    const { entryId, quote } = await followFirstQuote(page);
    const scrolled = await page.evaluate(() => window.scrollY);

    await quote.locator.locator(QUOTE_LINK).click();
    const card = page.locator('#mark-card');
    await card.waitFor({ state: 'visible' });
    const entryWords = (await page.locator(`[id="${entryId}"]`).locator(QUOTE_WORDS).textContent())?.trim() ?? '';
    expect(entryWords.length).toBeGreaterThan(0);
    expect(await card.textContent()).toContain(entryWords);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect(page.url()).toMatch(new RegExp(`#${quote.id}$`));

    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(await inViewport(quote.locator)).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await context.close();
  });
});

async function inViewport(locator: import('playwright-core').Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });
}

/** Follows the first quote in the sidebar to its words in the text, and checks they are shown highlighted. */
async function followFirstQuote(page: import('playwright-core').Page) {
  const entry = page.locator(QUOTE_ENTRY).first();
  const entryId = (await entry.getAttribute('id')) ?? '';
  const source = entry.locator(QUOTE_WORDS);
  const quoteId = (await source.getAttribute('href'))?.slice(1) ?? '';

  await source.click();
  await page.waitForURL((url) => url.hash === `#${quoteId}`);
  const quote = page.locator(`.article-body [id="${quoteId}"]`);
  expect(await quote.evaluate((element) => element.matches(':target'))).toBe(true);
  expect(await quote.isVisible()).toBe(true);
  expect(await quote.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  expect(await inViewport(quote)).toBe(true);
  return { entryId, quote: { id: quoteId, locator: quote } };
}
