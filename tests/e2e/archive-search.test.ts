/**
 * Search on the generated archive, whose editions are indexed a year a part (a busy year in runs of
 * ARCHIVE_PAGES_PER_INDEX): a first search fetches the newest year only and the earlier years as the reader goes on;
 * a word found only in the oldest articles and one found only in the newest both come back, in each edition.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ARCHIVE_PAGES_PER_INDEX, archiveManifest } from '../helpers/archive-site';
import { one, readPage, textOf } from '../helpers/html';
import { openPage, useBrowser } from './helpers/browser';

const browser = useBrowser();
const manifest = archiveManifest();

describe('search over an archive indexed in parts', () => {
  const articlesByYear = new Map<string, number>();
  for (const { date } of manifest.articles) articlesByYear.set(date.slice(0, 4), (articlesByYear.get(date.slice(0, 4)) ?? 0) + 1);
  const years = [...articlesByYear.keys()].sort().reverse();
  const partsList = (edition: string) =>
    JSON.parse(readFileSync(resolve(inject('archiveDir'), `pagefind/${edition}/parts.json`), 'utf8')) as { parts: { id: string; year: string }[]; topics: [string, number][] };

  it('indexes each edition a year a part, newest first, a busy year in runs, and lists every topic with its count', () => {
    // A year of n articles: runs of ARCHIVE_PAGES_PER_INDEX, `2025/`, `2025-2/`…, the newest run first.
    const expected = years.flatMap((year) => {
      const runs = Math.ceil(articlesByYear.get(year)! / ARCHIVE_PAGES_PER_INDEX);
      return Array.from({ length: runs }, (_, index) => `${year}${runs - index === 1 ? '' : `-${runs - index}`}`);
    });
    expect(expected.length).toBeGreaterThan(years.length);
    const topicsOfArticles = manifest.articles.reduce((sum, article) => sum + new Set(article.tags).size, 0);
    for (const edition of ['zh-hant', 'zh-hans']) {
      const list = partsList(edition);
      expect(list.parts.map((part) => part.id)).toEqual(expected);
      expect(list.parts.every((part) => part.id.startsWith(part.year))).toBe(true);
      for (const part of list.parts) expect(existsSync(resolve(inject('archiveDir'), `pagefind/${edition}/${part.id}/pagefind.js`)), part.id).toBe(true);
      expect(list.topics.reduce((sum, [, count]) => sum + count, 0)).toBe(topicsOfArticles);
    }
  });

  it('answers a first search from the newest year, and searches earlier years only when the reader asks', async () => {
    const context = await browser().newContext();
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const { page, problems } = await openPage(context, `/zh-hant/search/?q=${encodeURIComponent('馬杜羅')}`, inject('archiveUrl'));
    const status = page.locator('.search-status');
    await page.waitForFunction(() => / 篇/.test(document.querySelector('.search-status')?.textContent ?? ''));
    const partsFetched = () => new Set(fetched.filter((path) => /^\/pagefind\/zh-hant\/\d{4}/.test(path)).map((path) => path.split('/')[3]!.slice(0, 4)));
    expect([...partsFetched()]).toEqual([years[0]]);
    expect(fetched.filter((path) => path.startsWith('/pagefind/zh-hans/'))).toEqual([]);
    expect(await status.textContent()).toContain(`（${years[0]}年至今）`);
    const more = page.locator('.search-more');
    while ((await more.textContent()) !== '搜尋更早的文章') {
      const before = await page.locator('.search-results li').count();
      await more.click();
      await page.waitForFunction((count) => document.querySelectorAll('.search-results li').length > count, before);
    }
    expect([...partsFetched()]).toEqual([years[0]]);
    await more.click();
    await page.waitForFunction((year) => (document.querySelector('.search-status')?.textContent ?? '').includes(`（${year}年至今）`), years[1]);
    expect([...partsFetched()].sort()).toEqual([years[1], years[0]].sort());
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await context.close();
  });

  it('loads the engine while the page is idle and the typed words\' index before Enter, so Enter waits for the excerpts only', async () => {
    const context = await browser().newContext();
    const fetched: string[] = [];
    context.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    const { page, problems } = await openPage(context, '/zh-hant/search/', inject('archiveUrl'));
    const newestPart = `/pagefind/zh-hant/${partsList('zh-hant').parts[0]!.id}/`;
    const inNewest = (kind: RegExp) => fetched.filter((path) => path.startsWith(newestPart) && kind.test(path.slice(newestPart.length)));
    // Nothing typed: the metadata and WebAssembly come while the page is idle, and no index chunk yet.
    await expect.poll(() => inNewest(/\.pf_meta$/).length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => inNewest(/^wasm\./).length, { timeout: 20_000 }).toBe(1);
    expect(inNewest(/^index\//)).toEqual([]);
    // Typed, not yet sent: the pause in typing fetches the words' index chunks (and the year's filter).
    await page.locator('#search-query').fill('馬杜羅');
    await expect.poll(() => inNewest(/^index\//).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const beforeEnter = fetched.length;
    await page.keyboard.press('Enter');
    await page.locator('.search-results li').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    const afterEnter = fetched.slice(beforeEnter).filter((path) => path.startsWith('/pagefind/'));
    expect(afterEnter.length).toBeGreaterThan(0);
    expect(afterEnter.filter((path) => !path.startsWith(`${newestPart}fragment/`))).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await context.close();
  });

  // The first generated actor is introduced by the oldest article (in the first part), the last by one of the
  // newest (in the last part). Their names occur nowhere else but in articles that name them.
  const oldest = manifest.actors[0]!;
  const newest = manifest.actors.at(-1)!;
  it.each([
    ['zh-hant', 'the oldest', oldest],
    ['zh-hans', 'the oldest', oldest],
    ['zh-hant', 'the newest', newest],
    ['zh-hans', 'the newest', newest],
  ])('in %s finds the article introducing %s generated actor', async (edition, _which, actor) => {
    // The name as the edition writes it (the Simplified one is converted), as an exact phrase: Pagefind matches
    // Chinese character by character otherwise, and common characters would rank other articles first.
    const name = textOf(one(readPage(inject('archiveDir'), `/${edition}/actors/${actor.id}/`), 'h1'));
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, `/${edition}/search/?q=${encodeURIComponent(`"${name}"`)}`, inject('archiveUrl'));
    await page.locator('.search-results li').first().waitFor({ timeout: 20_000 });
    // Newest year first: the oldest actor's first article may take a few presses of "more" (the earlier years).
    const found = async () => page.locator('.search-results li h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const more = page.locator('.search-more');
    while (!(await found()).includes(`/${edition}/articles/${actor.introducedBy}/`) && (await more.isVisible())) {
      const before = (await found()).length;
      await more.click();
      await page.waitForFunction((count) => document.querySelectorAll('.search-results li').length > count || (document.querySelector<HTMLElement>('.search-more')?.hidden ?? true), before);
    }
    expect(await found()).toContain(`/${edition}/articles/${actor.introducedBy}/`);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await context.close();
  });
});
