/**
 * A generated archive of a few hundred articles (tests/helpers/archive-site.ts), built with a page size of 5, in
 * both editions: every list (home, topics, months, actors, quotes) is paged, ordered newest first, linked page to
 * page, never longer than a page, and lists every article it should, no more and no fewer. What each list should
 * hold comes from the generator's manifest and the articles' own annotations.json, never from the list pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root } from 'hast';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_SIZE, archiveManifest, ensureArchiveSite } from '../helpers/archive-site';
import { all, one, readPage, textOf } from '../helpers/html';
import { htmlFiles, pageUrl } from '../helpers/site-links';
import type { ArchiveManifest, GeneratedArticle } from '../../scripts/lib/archive-generator.mjs';

const SITE = 'https://news.example.org';
const EDITIONS = ['zh-hant', 'zh-hans'] as const;
type EditionId = (typeof EDITIONS)[number];

let dir = '';
let manifest: ArchiveManifest;
/** Manifest articles, newest first (date, then slug), the order every list uses. */
let newestFirst: GeneratedArticle[] = [];

beforeAll(() => {
  dir = ensureArchiveSite();
  manifest = archiveManifest();
  newestFirst = [...manifest.articles].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
});

/** Folders under actors/ that are lists, not actors: the index's later pages and its order by name. */
const LISTS_AMONG_ACTORS = new Set(['page', 'names']);

const hrefOf = (element: { properties: Record<string, unknown> }) => String(element.properties.href);
const slugOf = (href: string) => /\/articles\/([^/#]+)\//.exec(href)?.[1] ?? `not an article: ${href}`;

interface ListPage {
  path: string;
  page: Root;
  /** Hrefs of the page's items, in order. */
  items: string[];
}

/**
 * Follows a list from its own address through every `rel=next` link (to older items), checking on the way that
 * each page links back to the one before with `rel=prev`, that the first has no `prev` and the last no `next`,
 * and that no numbered page holds more than a page of items (the own address shows up to two pages' worth).
 */
function walkList(firstPath: string, itemSelector: string): ListPage[] {
  const pages: ListPage[] = [];
  let path: string | undefined = firstPath;
  while (path) {
    const page = readPage(dir, path);
    const items = all(page, itemSelector).map(hrefOf);
    expect(items.length, path).toBeLessThanOrEqual(pages.length === 0 ? 2 * ARCHIVE_PAGE_SIZE - 1 : ARCHIVE_PAGE_SIZE);
    const prev = all(page, '.pagination a[rel=prev]').map(hrefOf)[0];
    expect(prev, `${path}: rel=prev`).toBe(pages.at(-1)?.path);
    pages.push({ path, page, items });
    path = all(page, '.pagination a[rel=next]').map(hrefOf)[0];
    expect(pages.length, `${firstPath}: too many pages`).toBeLessThan(1000);
  }
  return pages;
}

/** Every item of a list, over all its pages. */
function listItems(firstPath: string, itemSelector: string): string[] {
  return walkList(firstPath, itemSelector).flatMap((page) => page.items);
}

/** `/zh-hant/topics/energy/` → `/zh-hant/topics/energy/page/3/` */
const laterPage = (listPath: string, n: number) => `${listPath}page/${n}/`;

/** Numbered pages of a list of `count` items (counted from the oldest), and how many the own address shows. */
/** Numbered pages are full ones only; the own address shows the items after the last of them and that page. */
function numbering(count: number): { pages: number; onOwnAddress: number } {
  const pages = count <= ARCHIVE_PAGE_SIZE ? 0 : Math.floor(count / ARCHIVE_PAGE_SIZE);
  return { pages, onOwnAddress: pages === 0 ? 0 : 1 };
}

interface OpenData {
  slug: string;
  actors: { id: string }[];
  quotes: { id: string; speakers: string[]; via: string | null }[];
}

function openData(slug: string): OpenData {
  return JSON.parse(readFileSync(resolve(dir, `zh-hant/articles/${slug}/annotations.json`), 'utf8')) as OpenData;
}

describe.each(EDITIONS)('the generated archive, %s edition', (edition: EditionId) => {
  it('pages the home: its lead, then every other article once, newest first, linked page to page down to page 1', () => {
    const pages = walkList(`/${edition}/`, '.article-list .article-card h2 a');
    const lead = all(pages[0]!.page, '.home-lead .article-card h2 a').map(hrefOf);
    const { pages: numbered, onOwnAddress } = numbering(manifest.articles.length - 1);
    // The own address, then the numbered pages it does not show, from the newest of them down to page 1.
    const olderPages = Array.from({ length: numbered - onOwnAddress }, (_, index) => laterPage(`/${edition}/`, numbered - onOwnAddress - index));
    expect(pages.map((page) => page.path)).toEqual([`/${edition}/`, ...olderPages]);
    expect([...lead, ...pages.flatMap((page) => page.items)].map(slugOf)).toEqual(newestFirst.map((article) => article.slug));
    expect(pages[0]!.items.length).toBeGreaterThanOrEqual(ARCHIVE_PAGE_SIZE);
    for (const { items } of pages.slice(1)) expect(items).toHaveLength(ARCHIVE_PAGE_SIZE);
  });

  it('numbers full pages from the oldest: page 1 holds the oldest articles, the highest number the newest full page', () => {
    const rest = newestFirst.filter((article) => article.slug !== slugOf(all(readPage(dir, `/${edition}/`), '.home-lead .article-card h2 a').map(hrefOf)[0]!));
    const { pages: numbered } = numbering(rest.length);
    const items = (n: number) => all(readPage(dir, laterPage(`/${edition}/`, n)), '.article-list .article-card h2 a').map(hrefOf).map(slugOf);
    expect(items(1)).toEqual(rest.slice(-ARCHIVE_PAGE_SIZE).map((article) => article.slug));
    // The newest articles that do not fill a page are on the own address alone; no page of them is written yet.
    const notYetPaged = rest.length - numbered * ARCHIVE_PAGE_SIZE;
    expect(items(numbered)).toEqual(rest.slice(notYetPaged, notYetPaged + ARCHIVE_PAGE_SIZE).map((article) => article.slug));
    expect(existsSync(resolve(dir, `${edition}/page/${numbered + 1}/index.html`))).toBe(false);
  });

  it('says which page it is, in the title and the heading, on numbered pages', () => {
    const second = readPage(dir, laterPage(`/${edition}/`, 2));
    const heading = textOf(one(second, 'h1'));
    expect(heading).toMatch(/第2[頁页]/);
    expect(textOf(one(second, 'title'))).toContain(heading);
    // Never the number of pages: that changes as the archive grows, and would change every page with it.
    expect(textOf(one(second, '.pagination-status'))).toMatch(/^第2[頁页]$/);
    expect(one(second, '.pagination a[aria-current=page]').properties.href).toBe(laterPage(`/${edition}/`, 2));
    expect(textOf(one(readPage(dir, `/${edition}/`), 'h1'))).not.toMatch(/第\d+[頁页]/);
  });

  it('links to a bounded window of page numbers: the newest, two either side, and page 1', () => {
    const middle = readPage(dir, laterPage(`/${edition}/`, 30));
    const numbers = all(middle, '.pagination a.pagination-number').map((link) => textOf(link));
    expect(numbers).toEqual(['最新', '32', '31', '30', '29', '28', '1']);
    expect(all(middle, '.pagination a.pagination-newest').map(hrefOf)).toEqual([`/${edition}/`]);
  });

  it('gives every tag a topic page listing exactly its articles, newest first, and a topic index with counts', () => {
    const byTopic = new Map<string, GeneratedArticle[]>();
    const idOf = new Map(manifest.tags.map(([word, id]) => [word, id]));
    for (const article of newestFirst) for (const tag of article.tags) byTopic.set(idOf.get(tag)!, [...(byTopic.get(idOf.get(tag)!) ?? []), article]);
    const index = readPage(dir, `/${edition}/topics/`);
    const listed = all(index, '.count-list li').map((item) => [String(item.properties.dataTopic), Number(textOf(one(item, '.list-count')))]);
    expect(new Map(listed as [string, number][])).toEqual(new Map([...byTopic].map(([id, articles]) => [id, articles.length])));
    for (const [id, articles] of byTopic) {
      expect(listItems(`/${edition}/topics/${id}/`, '.article-list .article-card h2 a').map(slugOf), id).toEqual(articles.map((article) => article.slug));
    }
    for (const [, id] of manifest.tags) if (!byTopic.has(id)) expect(existsSync(resolve(dir, `${edition}/topics/${id}`)), id).toBe(false);
    // The vocabulary's weights make some topics long: the test is meaningless unless some list runs to many pages.
    expect(Math.max(...[...byTopic.values()].map((articles) => articles.length))).toBeGreaterThan(10 * ARCHIVE_PAGE_SIZE);
  });

  it('lists each month of the archive, paged, and an index of years and months with counts', () => {
    const byMonth = new Map<string, GeneratedArticle[]>();
    for (const article of newestFirst) byMonth.set(article.date.slice(0, 7), [...(byMonth.get(article.date.slice(0, 7)) ?? []), article]);
    const index = readPage(dir, `/${edition}/archive/`);
    const months = all(index, '.count-list li').map((item) => [String(item.properties.dataMonth), Number(textOf(one(item, '.list-count')))]);
    expect(months).toEqual([...byMonth].map(([month, articles]) => [month, articles.length]));
    expect(all(index, '.archive-year h2').length).toBe(new Set(newestFirst.map((article) => article.date.slice(0, 4))).size);
    for (const [month, articles] of byMonth) {
      const [year, mm] = month.split('-');
      expect(listItems(`/${edition}/archive/${year}/${mm}/`, '.article-list .article-card h2 a').map(slugOf), month).toEqual(articles.map((article) => article.slug));
    }
  });

  it("lists on each actor's pages exactly the articles that name it, newest first", () => {
    const opened = newestFirst.map((article) => openData(article.slug));
    const actorIds = readdirSync(resolve(dir, `${edition}/actors`), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !LISTS_AMONG_ACTORS.has(entry.name))
      .map((entry) => entry.name);
    expect(actorIds.length).toBe(28 + manifest.actors.length);
    for (const id of actorIds) {
      const expected = opened.filter((article) => article.actors.some((actor) => actor.id === id)).map((article) => article.slug);
      expect(listItems(`/${edition}/actors/${id}/`, '.actor-article > a').map(slugOf), id).toEqual(expected);
    }
    // Independently of annotations.json: a generated actor is named by exactly the articles the generator made name it.
    for (const actor of manifest.actors.slice(0, 10)) {
      const expected = newestFirst.filter((article) => article.generatedActors.includes(actor.id)).map((article) => article.slug);
      expect(listItems(`/${edition}/actors/${actor.id}/`, '.actor-article > a').map(slugOf), actor.id).toEqual(expected);
    }
  });

  it('pages the actor index: every actor once, grouped by kind, with its number of articles', () => {
    const opened = newestFirst.map((article) => openData(article.slug));
    const pages = walkList(`/${edition}/actors/`, 'main li.actor a.actor-name');
    expect(pages.length).toBeGreaterThan(1);
    const listed = pages.flatMap(({ page }) => all(page, 'main li.actor').map((item) => [String(item.properties.dataActor), Number(textOf(one(item, '.actor-count')))]));
    const expected = readdirSync(resolve(dir, `${edition}/actors`), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !LISTS_AMONG_ACTORS.has(entry.name))
      .map((entry) => [entry.name, opened.filter((article) => article.actors.some((actor) => actor.id === entry.name)).length]);
    expect(new Map(listed as [string, number][])).toEqual(new Map(expected as [string, number][]));
    expect(listed).toHaveLength(expected.length);
  });

  it("lists every quote an actor said or reported, newest first, on its page or on its paged quote lists", () => {
    const opened = newestFirst.map((article) => openData(article.slug));
    for (const [list, belongs] of [
      ['quotes', (quote: OpenData['quotes'][number], id: string) => quote.speakers.includes(id)],
      ['reported', (quote: OpenData['quotes'][number], id: string) => quote.via === id],
    ] as const) {
      for (const id of ['maduro', 'tass', 'rouvinski', manifest.actors[0]!.id]) {
        const expected = opened.flatMap((article) => article.quotes.filter((quote) => belongs(quote, id)).map((quote) => `${article.slug}#${quote.id}`));
        const onActorPage = all(readPage(dir, `/${edition}/actors/${id}/`), `.actor-${list} .actor-quote a.quote-source`).map(hrefOf);
        const listPath = `/${edition}/actors/${id}/${list}/`;
        const quotes = existsSync(resolve(dir, `.${listPath}index.html`)) ? listItems(listPath, `.actor-${list} .actor-quote a.quote-source`) : onActorPage;
        expect(quotes.map((href) => `${slugOf(href)}#${href.split('#')[1]}`), `${id} ${list}`).toEqual(expected);
        expect(onActorPage).toEqual(quotes.slice(0, ARCHIVE_PAGE_SIZE));
      }
    }
    // Seed actors are quoted in many articles: their quotes must run to several pages for this test to mean much.
    expect(existsSync(resolve(dir, `${edition}/actors/rouvinski/quotes/page/2/index.html`))).toBe(true);
    expect(existsSync(resolve(dir, `${edition}/actors/tass/reported/page/2/index.html`))).toBe(true);
  });

  it('carries the newest 50 articles in its feed', () => {
    const xml = new XMLParser({ isArray: (name) => name === 'item' }).parse(readFileSync(resolve(dir, `${edition}/rss.xml`), 'utf8')) as any;
    const links: string[] = xml.rss.channel.item.map((item: { link: string }) => item.link);
    expect(links.map(slugOf)).toEqual(newestFirst.slice(0, 50).map((article) => article.slug));
  });

  it('links topics from each article page', () => {
    const idOf = new Map(manifest.tags.map(([word, id]) => [word, id]));
    for (const article of newestFirst.slice(0, 20)) {
      const links = all(readPage(dir, `/${edition}/articles/${article.slug}/`), '.article-topics a').map(hrefOf);
      expect(links).toEqual(article.tags.map((tag) => `/${edition}/topics/${idOf.get(tag)}/`));
    }
  });
});

describe('the generated archive in both editions', () => {
  it('converts the Simplified list pages and keeps their links', () => {
    for (const path of ['/EDITION/page/2/', '/EDITION/topics/', '/EDITION/topics/venezuela/page/2/', '/EDITION/archive/', '/EDITION/actors/maduro/page/2/']) {
      const hant = readPage(dir, path.replace('EDITION', 'zh-hant'));
      const hans = readPage(dir, path.replace('EDITION', 'zh-hans'));
      const hrefs = (tree: Root) => all(tree, 'main a[href]').map((link) => hrefOf(link).replace(/\/zh-han[st]\//, '/EDITION/'));
      expect(hrefs(hans), path).toEqual(hrefs(hant));
    }
    expect(textOf(one(readPage(dir, '/zh-hant/topics/venezuela/'), 'h1'))).toBe('主題：委內瑞拉');
    expect(textOf(one(readPage(dir, '/zh-hans/topics/venezuela/'), 'h1'))).toBe('主题：委内瑞拉');
    expect(textOf(one(readPage(dir, '/zh-hans/topics/venezuela/page/2/'), 'h1'))).toBe('主题：委内瑞拉（第2页）');
  });

  it('lists every page in the sitemap', () => {
    const xml = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });
    const files: string[] = xml.parse(readFileSync(resolve(dir, 'sitemap-index.xml'), 'utf8')).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    const listed = files.flatMap((file) => xml.parse(readFileSync(resolve(dir, file.replace(`${SITE}/`, '')), 'utf8')).urlset.url.map((entry: { loc: string }) => entry.loc));
    const pages = htmlFiles(dir)
      .filter((page) => page !== 'index.html' && !page.endsWith('404.html'))
      .map((page) => `${SITE}${pageUrl(page)}`);
    expect(listed.sort()).toEqual(pages.sort());
    expect(pages).toContain(`${SITE}/zh-hans/archive/2025/12/`);
  });

  it('links only to pages, and article anchors, that exist', () => {
    // Thousands of pages: hrefs are read from the HTML text rather than parsed (pages are written compactly, so a
    // value stands in quotes or without them), and anchors checked in the raw text of the article they point into.
    const articleText = new Map<string, string>();
    const problems: string[] = [];
    let checked = 0;
    let pagesChecked = 0;
    for (const page of htmlFiles(dir)) {
      if (page.includes('/articles/')) continue;
      pagesChecked += 1;
      const hrefs = [...readFileSync(resolve(dir, page), 'utf8').matchAll(/ href=(?:"(\/[^"]*)"|(\/[^\s>"]*))/g)].map((match) => match[1] ?? match[2] ?? '');
      checked += hrefs.length;
      for (const href of hrefs) {
        const [path = '', anchor] = href.split('#');
        const file = resolve(dir, `.${path}`, path.endsWith('/') ? 'index.html' : '');
        if (!existsSync(file)) problems.push(`${page}: ${href} resolves to no file`);
        else if (anchor && path.includes('/articles/')) {
          if (!articleText.has(file)) articleText.set(file, readFileSync(file, 'utf8'));
          if (!new RegExp(` id=(?:"${anchor}"|${anchor}[\\s>])`).test(articleText.get(file)!)) problems.push(`${page}: ${href} has no element with that id`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
    // Every list page links to articles and to other lists: a pattern that found no link would check nothing.
    expect(checked).toBeGreaterThan(pagesChecked * 10);
  });
});
