/**
 * The sidebars at a glance (#12), measured in Chromium with JavaScript off, in both editions and both colour
 * schemes: the index on the first screen leads to every section within one screen; actor entries take at most two
 * lines and quotes three; at least eight actors show on load at 1280×800; the text reads plain until the marks
 * switch is ticked.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_SLUG } from '../helpers/seed';
import { openPage, useBrowser } from './helpers/browser';
import { ACTOR_COUNT, ACTOR_ENTRY, ACTOR_NAME, MARK_LINK, mentionsNotOf, mentionsOf, OPEN_ACTOR_ENTRY, QUOTE_ENTRY, QUOTE_WORDS } from '../helpers/annotation-selectors';

const browser = useBrowser();
const EDITIONS = ['zh-hant', 'zh-hans'] as const;
const SCHEMES = ['light', 'dark'] as const;
const SCREEN_HEIGHT = 800;
const WIDE = { width: 1280, height: SCREEN_HEIGHT };
const PHONE = { width: 375, height: SCREEN_HEIGHT };
const articlePath = (edition: string) => `/${edition}/articles/${SEED_SLUG}/`;

async function openArticle(edition: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ viewport, colorScheme, javaScriptEnabled: false });
  const { page } = await openPage(context, articlePath(edition));
  return { context, page };
}

/**
 * How many lines of text each element shows: the line boxes of its text whose middle lies inside the element's
 * own box (a clamped or cut line is not shown), grouped by height on the page. Self-contained: it runs in the page.
 */
function linesShown(elements: Element[]): number[] {
  return elements.map((element) => {
    const box = element.getBoundingClientRect();
    const middles: number[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        const middle = rect.top + rect.height / 2;
        if (rect.width > 0 && middle > box.top && middle < box.bottom) middles.push(middle);
      }
    }
    middles.sort((a, b) => a - b);
    // Text of different sizes on one line (a bold name beside a smaller role) sits a few pixels apart.
    return middles.filter((middle, index) => index === 0 || middle - middles[index - 1]! > 8).length;
  });
}

/** Top of each sidebar section, in pixels from the top of the sidebars' own scroll area. */
function sectionOffsets(): Record<string, number> {
  const aside = document.querySelector('.article-sidebars')!;
  const top = aside.getBoundingClientRect().top - aside.scrollTop;
  return Object.fromEntries([...aside.querySelectorAll('section.sidebar-section')].map((section) => [section.id, section.getBoundingClientRect().top - top]));
}

describe.each(EDITIONS.flatMap((edition) => SCHEMES.map((scheme) => [edition, scheme] as const)))('%s, %s scheme, JavaScript off', (edition, scheme) => {
  describe('at 1280×800', () => {
    it('shows the index on the first screen, with a way into every section', async () => {
      const { context, page } = await openArticle(edition, WIDE, scheme);
      const sections = await page.locator('.article-sidebars section.sidebar-section').evaluateAll((found) => found.map((section) => section.id));
      expect(sections).toEqual(['sidebar-actors', 'sidebar-quotes', 'sidebar-figures', 'sidebar-charts', 'sidebar-timeline']);
      const links = page.locator('nav.sidebar-index a');
      expect(await links.evaluateAll((found) => found.map((link) => link.getAttribute('href')))).toEqual(sections.map((id) => `#${id}`));
      for (const link of await links.all()) {
        const box = (await link.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(SCREEN_HEIGHT);
      }
      await context.close();
    });

    it('keeps the index in view anywhere in the text', async () => {
      const { context, page } = await openArticle(edition, WIDE, scheme);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const box = (await page.locator('nav.sidebar-index').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThan(SCREEN_HEIGHT / 4);
      await context.close();
    });

    it('never lays the index over the sidebars, down to the end of the page', async () => {
      const { context, page } = await openArticle(edition, WIDE, scheme);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += SCREEN_HEIGHT / 2) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        const index = (await page.locator('nav.sidebar-index').boundingBox())!;
        const sidebars = (await page.locator('.article-sidebars').boundingBox())!;
        // The index's own box (its margin below is empty space) ends where the sidebars begin, or above.
        expect(index.y + index.height, `scrolled to ${y}`).toBeLessThanOrEqual(sidebars.y + 1);
      }
      await context.close();
    });

    it('brings each section into the sidebar’s view, one link away, whatever its offset in the sidebar', async () => {
      const { context, page } = await openArticle(edition, WIDE, scheme);
      const offsets = await page.evaluate(sectionOffsets);
      // Without the index, everything after the cast would be more than a screen down the sidebar.
      expect(offsets['sidebar-timeline']).toBeGreaterThan(SCREEN_HEIGHT);
      for (const id of Object.keys(offsets)) {
        await page.locator(`nav.sidebar-index a[href="#${id}"]`).click();
        await page.waitForURL((url) => url.hash === `#${id}`);
        const placed = await page.evaluate((sectionId) => {
          const section = document.getElementById(sectionId)!.getBoundingClientRect();
          const aside = document.querySelector('.article-sidebars')!.getBoundingClientRect();
          return { top: section.top, asideTop: aside.top, asideBottom: aside.bottom };
        }, id);
        expect(placed.top, id).toBeGreaterThanOrEqual(placed.asideTop - 1);
        expect(placed.top, id).toBeLessThan(Math.min(placed.asideBottom, SCREEN_HEIGHT) - 40);
      }
      await context.close();
    });

    it('shows at least eight actors on load, each in at most two lines, the most mentioned first', async () => {
      const { context, page } = await openArticle(edition, WIDE, scheme);
      const actors = await page.evaluate(([screen, entries, countOf]) => {
        const aside = document.querySelector('.article-sidebars')!.getBoundingClientRect();
        const bottom = Math.min(aside.bottom, screen);
        return [...document.querySelectorAll(entries)].map((entry) => {
          const box = entry.getBoundingClientRect();
          // checkVisibility(): an entry folded in a closed <details> keeps a box but is not shown.
          return { visible: entry.checkVisibility() && box.top >= aside.top && box.bottom <= bottom, count: Number(/\d+/.exec(entry.querySelector(countOf)?.textContent ?? '0')?.[0]) };
        });
      }, [SCREEN_HEIGHT, ACTOR_ENTRY, ACTOR_COUNT] as const);
      expect(actors.filter((actor) => actor.visible).length).toBeGreaterThanOrEqual(8);
      const counts = actors.map((actor) => actor.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const lines = await page.locator(OPEN_ACTOR_ENTRY).evaluateAll(linesShown);
      expect(lines).toHaveLength(8);
      for (const count of lines) expect(count).toBeLessThanOrEqual(2);
      await context.close();
    });

    it('folds the other actors under one summary line that opens without JavaScript, entries still in two lines', async () => {
      const { context, page } = await openArticle(edition, WIDE, scheme);
      const fold = page.locator('details.more-actors');
      const folded = fold.locator('li');
      const total = await page.locator(ACTOR_ENTRY).count();
      // 其餘 … 個 in Traditional, 其余 … 个 in Simplified (src/lib/editions/site-words).
      expect(await fold.locator('summary').innerText()).toMatch(new RegExp(`^其[餘余] ${total - 8} [個个]$`));
      expect(await folded.first().isVisible()).toBe(false);
      await fold.locator('summary').click();
      expect(await folded.first().isVisible()).toBe(true);
      const lines = await folded.evaluateAll(linesShown);
      expect(lines).toHaveLength(total - 8);
      for (const count of lines) expect(count).toBeLessThanOrEqual(2);
      await context.close();
    });

    it('shows each quote as its speaker and words in at most three lines, a long one whole once it holds focus', async () => {
      const { context, page } = await openArticle(edition, WIDE, scheme);
      const entries = page.locator(QUOTE_ENTRY);
      const lines = await entries.evaluateAll(linesShown);
      for (const count of lines) expect(count).toBeLessThanOrEqual(3);
      const longest = lines.indexOf(Math.max(...lines));
      expect(lines[longest]).toBe(3);
      await entries.nth(longest).locator(QUOTE_WORDS).focus();
      const [opened] = await entries.nth(longest).evaluateAll(linesShown);
      expect(opened).toBeGreaterThan(3);
      await context.close();
    });
  });

  describe('at 375×800, where the sidebars follow the text', () => {
    it('puts the index before the text, on the first screen, and each link lands on its section', async () => {
      const { context, page } = await openArticle(edition, PHONE, scheme);
      const index = (await page.locator('nav.sidebar-index').boundingBox())!;
      const title = (await page.locator('.article-header h1').boundingBox())!;
      expect(index.y + index.height).toBeLessThanOrEqual(Math.min(title.y, SCREEN_HEIGHT));
      const text = (await page.locator('.article').boundingBox())!;
      for (const id of ['sidebar-actors', 'sidebar-quotes', 'sidebar-figures', 'sidebar-charts', 'sidebar-timeline']) {
        await page.locator(`nav.sidebar-index a[href="#${id}"]`).click();
        await page.waitForURL((url) => url.hash === `#${id}`);
        const section = await page.evaluate((sectionId) => {
          const box = document.getElementById(sectionId)!.getBoundingClientRect();
          return { top: box.top, pageTop: box.top + window.scrollY };
        }, id);
        expect(section.pageTop, id).toBeGreaterThan(text.y + text.height);
        // The browser scrolls the section to the top of the screen, give or take a fraction of a pixel.
        expect(section.top, id).toBeGreaterThanOrEqual(-1);
        expect(section.top, id).toBeLessThan(SCREEN_HEIGHT / 2);
      }
      await context.close();
    });

    it('shows eight actors on the screen the index opens, each in at most two lines, and quotes in three', async () => {
      const { context, page } = await openArticle(edition, PHONE, scheme);
      await page.locator('nav.sidebar-index a[href="#sidebar-actors"]').click();
      await page.waitForURL((url) => url.hash === '#sidebar-actors');
      const visible = await page.locator(ACTOR_ENTRY).evaluateAll(
        (entries, screen) => entries.filter((entry) => {
          const box = entry.getBoundingClientRect();
          return entry.checkVisibility() && box.top >= 0 && box.bottom <= screen;
        }).length,
        SCREEN_HEIGHT,
      );
      expect(visible).toBeGreaterThanOrEqual(8);
      const actorLines = await page.locator(OPEN_ACTOR_ENTRY).evaluateAll(linesShown);
      for (const count of actorLines) expect(count).toBeLessThanOrEqual(2);
      const quoteLines = await page.locator(QUOTE_ENTRY).evaluateAll(linesShown);
      for (const count of quoteLines) expect(count).toBeLessThanOrEqual(3);
      await context.close();
    });
  });

  describe('a quieter text', () => {
    /** The underline of every mention, quote and figure in the text, and whether each has the text's own colour. */
    const marks = (page: Page) =>
      page.locator('.article-body').evaluate((body, markLinks) =>
        // Plain: in the colour of the text it sits in (a caption's marks are as quiet as the caption).
        [...body.querySelectorAll(markLinks)].map((mark) => ({
          line: getComputedStyle(mark).textDecorationLine,
          plain: getComputedStyle(mark).color === getComputedStyle(mark.parentElement!).color,
        })),
      MARK_LINK);

    it('reads as plain text until the reader ticks the marks switch, with the keyboard too', async () => {
      const { context, page } = await openArticle(edition, WIDE, scheme);
      const before = await marks(page);
      expect(before.length).toBeGreaterThan(100);
      expect(before.every((mark) => mark.line === 'none' && mark.plain)).toBe(true);

      const toggle = page.locator('#sidebar-marks');
      await toggle.focus();
      await page.keyboard.press('Space');
      expect(await toggle.isChecked()).toBe(true);
      const after = await marks(page);
      expect(after.every((mark) => mark.line === 'underline' && mark.plain)).toBe(true);

      await page.locator('label.marks-switch').click();
      expect((await marks(page)).every((mark) => mark.line === 'none')).toBe(true);
      await context.close();
    });

    it('still highlights every mention of the actor the reader selects, marks switched off', async () => {
      const { context, page } = await openArticle(edition, WIDE, scheme);
      const entry = page.locator(ACTOR_ENTRY).nth(1);
      const actor = ((await entry.getAttribute('id')) ?? '').replace(/^actor-/, '');
      await entry.locator(ACTOR_NAME).click();
      await page.waitForURL((url) => url.hash === `#m-${actor}-1`);
      const backgrounds = await page.locator('.article-body').evaluate(
        (body, [selected, others]) => {
          const of = (selector: string) => [...body.querySelectorAll(selector)].map((mention) => getComputedStyle(mention).backgroundColor);
          return { selected: of(selected), others: of(others) };
        },
        [mentionsOf(actor), mentionsNotOf(actor)] as const,
      );
      expect(backgrounds.selected.length).toBeGreaterThan(1);
      for (const background of backgrounds.selected) expect(background).not.toBe('rgba(0, 0, 0, 0)');
      expect(new Set(backgrounds.others)).toEqual(new Set(['rgba(0, 0, 0, 0)']));
      // The text scrolled to the first mention.
      const first = (await page.locator(`#m-${actor}-1`).boundingBox())!;
      expect(first.y).toBeGreaterThanOrEqual(0);
      expect(first.y).toBeLessThan(SCREEN_HEIGHT);
      await context.close();
    });
  });
});
