/**
 * Search as readers use it, on the generated archive (tests/helpers/archive-site.ts, indexed in parts), with
 * queries the code was not tuned on: the generated actors' names, chosen by position in the manifest, in both
 * scripts on both editions, parts of names and two-word queries. What a search should find is worked out from the
 * built pages themselves (the article text Pagefind indexes), not from the search page. And on the seed site:
 * Pagefind is fetched only once the reader searches, and without JavaScript the page says what to do instead.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { archiveManifest } from '../helpers/archive-site';
import { all, one, readPage, textOf } from '../helpers/html';
import { SEED_SLUG } from '../helpers/seed';
import { representativePages } from '../../scripts/lib/page-kinds.mjs';
import { openPage, useBrowser } from './helpers/browser';

const browser = useBrowser();
const manifest = archiveManifest();
const toSimplified = (text: string) => simplifiedConverter().convert(text);
type EditionId = 'zh-hant' | 'zh-hans';
const EDITIONS: EditionId[] = ['zh-hant', 'zh-hans'];
const other = (edition: EditionId): EditionId => (edition === 'zh-hant' ? 'zh-hans' : 'zh-hant');
const inScript = (edition: EditionId, traditional: string) => (edition === 'zh-hant' ? traditional : toSimplified(traditional));

/** Generated people whose names Simplified writes otherwise, taken at fixed places in the manifest. */
const people = manifest.actors.filter((actor) => actor.kind === 'person' && toSimplified(actor.name) !== actor.name);
const names = [people[1], people[Math.floor(people.length / 2)]].map((actor) => actor!.name);

/** The text Pagefind indexes of each article (title, standfirst, picture, body), per edition, read once. */
const articleTexts = new Map<EditionId, Map<string, string>>();
function indexedTexts(edition: EditionId): Map<string, string> {
  let texts = articleTexts.get(edition);
  if (!texts) {
    texts = new Map();
    for (const { slug } of manifest.articles) {
      const article = one(readPage(inject('archiveDir'), `/${edition}/articles/${slug}/`), 'article');
      const parts = all(article, 'h1, .dek, .article > figure, .article-body');
      texts.set(slug, parts.map(textOf).join('\n'));
    }
    articleTexts.set(edition, texts);
  }
  return texts;
}
const holding = (edition: EditionId, word: string) =>
  [...indexedTexts(edition)].filter(([, text]) => text.includes(word)).map(([slug]) => slug).sort();

/** Opens the search page with `?…` and waits for the search to finish. */
async function searchPage(edition: EditionId, params: Record<string, string>): Promise<{ page: Page; problems: { consoleErrors: string[]; cspViolations: string[] } }> {
  const context = await browser().newContext();
  const opened = await openPage(context, `/${edition}/search/?${new URLSearchParams(params)}`, inject('archiveUrl'));
  await settled(opened.page);
  return opened;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status !== '' && !status.endsWith('…');
  }, null, { timeout: 30_000 });
}

/** Presses "more" until every result is listed (the last press may search the earliest years and find none). */
async function showAll(page: Page): Promise<void> {
  const more = page.locator('.search-more');
  while (await more.isVisible()) {
    const before = await page.locator('.search-results li').count();
    await more.click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('.search-results li').length > count || (document.querySelector<HTMLElement>('.search-more')?.hidden ?? true),
      before,
    );
  }
}

/**
 * The articles holding `word` that the status says were searched: every year, or down to the year it names
 * (「（2024年至今）」) while the earlier years are not searched yet.
 */
async function searchedHolding(page: Page, edition: EditionId, word: string): Promise<string[]> {
  const since = /（(\d{4})年至今）/.exec((await page.locator('.search-status').textContent()) ?? '')?.[1] ?? '';
  const dates = new Map(manifest.articles.map((article) => [article.slug, article.date]));
  return holding(edition, word).filter((slug) => (dates.get(slug) ?? '') >= since);
}

const resultSlugs = (page: Page) =>
  page.locator('.search-results li h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
const slugOf = (path: string) => path.split('/').at(-2) ?? '';
const count = async (page: Page) => Number(/\d+/.exec((await page.locator('.search-status').textContent()) ?? '')?.[0] ?? Number.NaN);

describe('a name typed in either script, on either edition', () => {
  for (const name of names) {
    for (const edition of EDITIONS) {
      for (const typedIn of EDITIONS) {
        it(`${name}: typed in ${typedIn} script on ${edition}, finds exactly the articles naming it, marked in ${edition} script`, async () => {
          const typed = inScript(typedIn, name);
          const shown = inScript(edition, name);
          const { page, problems } = await searchPage(edition, { q: typed });
          await showAll(page);
          const found = await resultSlugs(page);
          const expected = holding(edition, shown);
          expect(expected.length).toBeGreaterThan(0);
          expect(found.every((path) => path.startsWith(`/${edition}/articles/`))).toBe(true);
          expect(found.map(slugOf).sort()).toEqual(expected);
          expect(await count(page)).toBe(expected.length);
          const marks = await page.locator('.search-results mark').allTextContents();
          expect(marks.length).toBeGreaterThan(0);
          expect(new Set(marks)).toEqual(new Set([shown]));
          expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
          await page.context().close();
        });
      }
    }
  }

  it('finds the seed name 馬杜羅 typed in Simplified on 繁體 as typed in Traditional, not its shared character 杜', async () => {
    const { page: simplified } = await searchPage('zh-hant', { q: '马杜罗' });
    const { page: traditional } = await searchPage('zh-hant', { q: '馬杜羅' });
    expect(await resultSlugs(simplified)).toEqual(await resultSlugs(traditional));
    // A name in nearly every article: the newest year alone fills the first screen, and the count says so.
    const searched = await searchedHolding(simplified, 'zh-hant', '馬杜羅');
    expect(searched.length).toBeLessThan(holding('zh-hant', '馬杜羅').length);
    expect(await count(simplified)).toBe(searched.length);
    await showAll(simplified);
    expect(await count(simplified)).toBe(holding('zh-hant', '馬杜羅').length);
    expect(new Set(await simplified.locator('.search-results mark').allTextContents())).toEqual(new Set(['馬杜羅']));
    await simplified.context().close();
    await traditional.context().close();
  });
});

describe('relevance', () => {
  it('a part of a name finds the articles holding that part, and no page holding only one of its characters', async () => {
    const part = Array.from(names[0]!).slice(-2).join('');
    for (const edition of EDITIONS) {
      const { page } = await searchPage(edition, { q: inScript(other(edition), part) });
      await showAll(page);
      expect((await resultSlugs(page)).map(slugOf).sort()).toEqual(holding(edition, inScript(edition, part)));
      await page.context().close();
    }
  });

  it('a name whose characters stand in other names (普京 in 特朗普) ranks only pages holding the name', async () => {
    const { page } = await searchPage('zh-hant', { q: '普京' });
    const shown = (await resultSlugs(page)).map(slugOf);
    const withName = new Set(holding('zh-hant', '普京'));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((slug) => withName.has(slug))).toBe(true);
    await page.context().close();
  });

  it('a two-word query lists the pages holding both words first', async () => {
    const name = names[1]!;
    for (const edition of EDITIONS) {
      const words = [inScript(edition, name), inScript(edition, '石油')];
      const { page } = await searchPage(edition, { q: `${inScript(other(edition), name)} ${inScript(other(edition), '石油')}` });
      await showAll(page);
      const shown = (await resultSlugs(page)).map(slugOf);
      const texts = indexedTexts(edition);
      const held = shown.map((slug) => words.filter((word) => texts.get(slug)?.includes(word)).length);
      expect(held.every((words) => words >= 1)).toBe(true);
      expect(held).toEqual([...held].sort((a, b) => b - a));
      const both = holding(edition, words[0]!).filter((slug) => texts.get(slug)?.includes(words[1]!));
      expect(both.length).toBeGreaterThan(0);
      expect(held.filter((words) => words === 2)).toHaveLength(both.length);
      const union = new Set([...holding(edition, words[0]!), ...holding(edition, words[1]!)]);
      expect(await count(page)).toBe(union.size);
      await page.context().close();
    }
  });
});

describe('clean results', () => {
  it.each(EDITIONS)('in %s each result shows its title, date and topics, and an excerpt without stray spaces or Latin stops', async (edition) => {
    const { page } = await searchPage(edition, { q: inScript(edition, names[0]!) });
    const items = await page.locator('.search-results li').evaluateAll((lis) =>
      lis.map((li) => ({
        path: new URL(li.querySelector('a')!.href).pathname,
        title: li.querySelector('h2')?.textContent ?? '',
        date: li.querySelector('time')?.getAttribute('datetime') ?? '',
        topics: li.querySelector('.search-result-topics')?.textContent ?? '',
        excerpt: li.querySelector('p:last-child')?.textContent ?? '',
      })),
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const slug = slugOf(item.path);
      const article = manifest.articles.find((entry) => entry.slug === slug)!;
      const built = readPage(inject('archiveDir'), item.path);
      expect(item.title).toBe(textOf(one(built, 'h1')));
      expect(item.date).toBe(article.date);
      expect(item.topics.split('、')).toEqual(all(built, '.article-topics a').map(textOf));
      expect(item.excerpt).not.toMatch(/\s(?=[\p{Script=Han}「」『』（），。：；！？、“”])|(?<=[\p{Script=Han}「」『』（），。：；！？、“”])\s/u);
      expect(item.excerpt).not.toMatch(/\p{Script=Han}\. /u);
    }
    await page.context().close();
  });

  it('holds every middle dot of an excerpt on one line with the characters beside it (斯·馬杜羅)', async () => {
    const { page } = await searchPage('zh-hant', { q: '馬杜羅' });
    const dots = await page.locator('.search-results li p:last-child').evaluateAll((excerpts) =>
      excerpts.flatMap((excerpt) => {
        const walker = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
        const found: { held: boolean }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const _dot of node.textContent?.match(/[·・‧]/g) ?? []) found.push({ held: node.parentElement?.closest('.nb') !== null });
        }
        return found;
      }),
    );
    expect(dots.length).toBeGreaterThan(0);
    expect(dots.every((dot) => dot.held)).toBe(true);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('marks found words in the site highlight, at 4.5:1 or more, in the %s scheme', async (scheme) => {
    const context = await browser().newContext({ colorScheme: scheme });
    const { page } = await openPage(context, `/zh-hant/search/?q=${encodeURIComponent(names[0]!)}`, inject('archiveUrl'));
    await settled(page);
    const colours = await page.locator('.search-results mark').first().evaluate((mark) => {
      const style = getComputedStyle(mark);
      const probe = document.createElement('span');
      probe.style.color = 'var(--color-highlight)';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      return { text: style.color, background: style.backgroundColor, highlight };
    });
    expect(colours.background).toBe(colours.highlight);
    expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
});

describe('the query travels', () => {
  it.each(EDITIONS)('from %s, the address carries the query and the edition toggle takes it over, converted', async (edition) => {
    const typed = inScript(other(edition), names[0]!);
    const { page } = await openPage(await browser().newContext(), `/${edition}/search/`, inject('archiveUrl'));
    await page.fill('#search-query', typed);
    await page.keyboard.press('Enter');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe(inScript(edition, names[0]!));
    const found = (await resultSlugs(page)).map(slugOf);
    await page.locator('a[data-edition]').first().click();
    await page.waitForURL(new RegExp(`/${other(edition)}/search/`));
    await settled(page);
    expect(await page.inputValue('#search-query')).toBe(inScript(other(edition), names[0]!));
    expect(new URL(page.url()).searchParams.get('q')).toBe(inScript(other(edition), names[0]!));
    expect((await resultSlugs(page)).map(slugOf)).toEqual(found);
    await page.context().close();
  });
});

describe('narrowing', () => {
  it('filters by topic and by year, and orders by newest, each carried in the address', async () => {
    const { page } = await searchPage('zh-hant', { q: '馬杜羅' });
    await page.locator('.search-narrowing').waitFor();
    const topic = await page.locator('select[name="topic"] option').nth(1).getAttribute('value');
    await page.selectOption('select[name="topic"]', topic!);
    await settled(page);
    const topicsShown = await page.locator('.search-result-topics').allTextContents();
    expect(topicsShown.length).toBeGreaterThan(0);
    expect(topicsShown.every((topics) => topics.split('、').includes(topic!))).toBe(true);
    expect(new URL(page.url()).searchParams.get('topic')).toBe(topic);
    await showAll(page);
    const withTopic = manifest.articles.filter((article) => holding('zh-hant', '馬杜羅').includes(article.slug) && article.tags.includes(topic!));
    expect(await count(page)).toBe(withTopic.length);

    await page.selectOption('select[name="topic"]', '');
    const year = await page.locator('select[name="year"] option').nth(2).getAttribute('value');
    await page.selectOption('select[name="year"]', year!);
    await settled(page);
    await showAll(page);
    const dates = await page.locator('.search-results time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBe(manifest.articles.filter((article) => article.date.startsWith(year!) && holding('zh-hant', '馬杜羅').includes(article.slug)).length);
    expect(dates.every((date) => date.startsWith(year!))).toBe(true);

    await page.selectOption('select[name="year"]', '');
    await page.selectOption('select[name="sort"]', 'newest');
    await settled(page);
    const newest = await page.locator('.search-results time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(newest).toEqual([...newest].sort().reverse());
    expect(newest[0]).toBe(manifest.articles.filter((article) => holding('zh-hant', '馬杜羅').includes(article.slug)).at(-1)!.date);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
    await page.context().close();
  });
});

describe('reachable', () => {
  it('every kind of page, in every edition, has a search link in its header', () => {
    const pages = representativePages(inject('archiveDir')).filter((page) => page.edition !== undefined);
    expect(pages.length).toBeGreaterThan(10);
    for (const { path, edition } of pages) {
      const links = all(readPage(inject('archiveDir'), path), 'header.site-header a').map((link) => String(link.properties.href));
      expect(links, path).toContain(`/${edition}/search/`);
    }
  });
});

describe('on the seed site', () => {
  it('loads Pagefind only on the search page, and only the edition’s own bundle', async () => {
    const context = await browser().newContext();
    const requested: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const { page } = await openPage(context, `/zh-hant/articles/${SEED_SLUG}/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    await page.locator('header a[href$="/zh-hant/search/"]').click();
    await page.waitForURL(/\/zh-hant\/search\/$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.type('马杜罗');
    await page.keyboard.press('Enter');
    await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
    expect(new URL(String(await page.locator('.search-results li a').first().getAttribute('href')), page.url()).pathname).toBe(`/zh-hant/articles/${SEED_SLUG}/`);
    expect(requested.some((path) => path.startsWith('/pagefind/zh-hant/'))).toBe(true);
    expect(requested.some((path) => path.startsWith('/pagefind/zh-hans/'))).toBe(false);
    await context.close();
  });

  it.each(EDITIONS)('in %s without JavaScript, says search needs it and links to the topic and archive indexes', async (edition) => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page } = await openPage(context, `/${edition}/search/`);
    const note = page.locator('.search-note');
    expect(await note.textContent()).toContain('JavaScript');
    const links = await note.locator('a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(links).toEqual([`/${edition}/topics/`, `/${edition}/archive/`]);
    await context.close();
  });
});

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, bl = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((channel) => {
      const value = channel / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
