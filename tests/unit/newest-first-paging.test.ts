/**
 * Lists shown newest first with pages numbered from the oldest (src/lib/paging/newest-first.ts): every item on
 * exactly one page of the walk from the list's own address, a full first page, and, above all, pages that do not
 * shift: adding an item changes the list's own address and the newest numbered page, and no other page but the
 * one or two whose links gain the new page's number.
 */
import { describe, expect, it } from 'vitest';
import { SITE_WORDS } from '../../src/lib/editions/site-words';
import {
  newestFirstPages,
  newestFirstPaths,
  numberedPageCount,
  numberedTitle,
  pageLinks,
  type ListPage,
} from '../../src/lib/paging/newest-first';

const SIZE = 5;
/** Items newest first: the highest number is the newest. */
const list = (count: number) => Array.from({ length: count }, (_, index) => count - index);
const paths = (count: number) =>
  newestFirstPaths(list(count), {
    params: { edition: 'zh-hant' },
    props: {},
    listPath: '/zh-hant/topics/oil/',
    base: '/news/',
    pageSize: SIZE,
  });
/** Page param → everything the page shows (items, links, addresses, total). */
const pagesOf = (count: number) =>
  new Map(paths(count).map((path) => [path.params.page ?? '', JSON.stringify(path.props.page)]));

describe('pages numbered from the oldest', () => {
  it('keeps a short list on its own address alone', () => {
    expect(numberedPageCount(0, SIZE)).toBe(0);
    expect(numberedPageCount(SIZE, SIZE)).toBe(0);
    expect(paths(3).map((path) => [path.params.page, path.props.page.data])).toEqual([[undefined, [3, 2, 1]]]);
  });

  it('puts the oldest items on page 1 and the newest on the highest number, each page newest first', () => {
    const pages = newestFirstPages(list(12), SIZE);
    expect(pages.map((page) => [page.number, page.data])).toEqual([
      // The own address: the items no page holds yet (11, 12) and the newest full page. Numbered pages are full.
      [undefined, [12, 11, 10, 9, 8, 7, 6]],
      [1, [5, 4, 3, 2, 1]],
      [2, [10, 9, 8, 7, 6]],
    ]);
  });

  it('shows between one and two pages of items on the list own address, never fewer than a page', () => {
    for (let count = SIZE + 1; count < 60; count++) {
      const shown = newestFirstPages(list(count), SIZE)[0]!.data.length;
      expect(shown, `${count} items`).toBeGreaterThanOrEqual(SIZE);
      expect(shown, `${count} items`).toBeLessThan(2 * SIZE);
    }
  });

  it('walks from the own address through every older link over every item exactly once, newest first', () => {
    for (let count = 0; count < 60; count++) {
      const byNumber = new Map(
        paths(count).map((path) => [path.props.page.url.current, path.props.page as ListPage<number>]),
      );
      const walked: number[] = [];
      let page: ListPage<number> | undefined = byNumber.get('/news/zh-hant/topics/oil/');
      let newer: string | undefined;
      while (page) {
        expect(page.url.newer, `${count} items: rel=prev of ${page.url.current}`).toBe(newer);
        walked.push(...page.data);
        newer = page.url.current;
        page = page.url.older ? byNumber.get(page.url.older) : undefined;
      }
      expect(walked, `${count} items`).toEqual(list(count));
    }
  });

  it('links a page whose newer items are on the list own address back to it, and every other to the page above', () => {
    // 17 items: pages 1 to 3 are full; the own address shows items 16 and 17 (no page yet) and page 3; its older
    // link goes to page 2.
    const byParam = new Map(paths(17).map((path) => [path.params.page, path.props.page]));
    expect(byParam.has('page/4')).toBe(false);
    expect(byParam.get(undefined)?.url).toEqual({
      current: '/news/zh-hant/topics/oil/',
      newer: undefined,
      older: '/news/zh-hant/topics/oil/page/2/',
    });
    expect(byParam.get('page/3')?.url).toEqual({
      current: '/news/zh-hant/topics/oil/page/3/',
      newer: '/news/zh-hant/topics/oil/',
      older: '/news/zh-hant/topics/oil/page/2/',
    });
    expect(byParam.get('page/2')?.url).toEqual({
      current: '/news/zh-hant/topics/oil/page/2/',
      newer: '/news/zh-hant/topics/oil/',
      older: '/news/zh-hant/topics/oil/page/1/',
    });
    expect(byParam.get('page/1')?.url).toEqual({
      current: '/news/zh-hant/topics/oil/page/1/',
      newer: '/news/zh-hant/topics/oil/page/2/',
      older: undefined,
    });
  });

  it('gives the total to the list own address only', () => {
    const pages = paths(17);
    expect(pages.map((path) => path.props.page.total)).toEqual([17, undefined, undefined, undefined]);
  });

  it('titles numbered pages with their number', () => {
    expect(numberedTitle('主題：能源', { number: undefined }, SITE_WORDS['zh-hant'])).toBe('主題：能源');
    expect(numberedTitle('主題：能源', { number: 3 }, SITE_WORDS['zh-hant'])).toBe('主題：能源（第3頁）');
    expect(numberedTitle('主题：能源', { number: 3 }, SITE_WORDS['zh-hans'])).toBe('主题：能源（第3页）');
  });
});

describe('page links', () => {
  it('name the newest, the oldest and two pages either side, never the count of pages', () => {
    const numbers = (links: ReturnType<typeof pageLinks>) =>
      links.map((link) => (link.kind === 'page' ? link.number : link.kind));
    expect(numbers(pageLinks(30, 29, 60))).toEqual(['newest', 32, 31, 30, 29, 28, 'gap', 1]);
    expect(numbers(pageLinks(59, 58, 60))).toEqual(['newest', 60, 59, 58, 57, 'gap', 1]);
    expect(numbers(pageLinks(2, 1, 60))).toEqual(['newest', 4, 3, 2, 1]);
    // The own address shows pages 60 and 59 (60 partial): it links to the three below them.
    expect(numbers(pageLinks(undefined, 58, 60))).toEqual(['newest', 58, 57, 56, 'gap', 1]);
    expect(pageLinks(undefined, undefined, 0)).toEqual([]);
  });
});

describe('adding an item to the list', () => {
  it('changes the own address alone, and numbered pages only when a page is added beside them', () => {
    for (let count = 0; count < 80; count++) {
      const before = pagesOf(count);
      const after = pagesOf(count + 1);
      const changed = [...after]
        .filter(([param, page]) => param !== '' && before.get(param) !== page)
        .map(([param]) => Number(param.slice('page/'.length)));
      const removed = [...before.keys()].filter((param) => !after.has(param));
      expect(removed, `${count} → ${count + 1}: pages gone`).toEqual([]);
      const newest = numberedPageCount(count + 1, SIZE);
      const pageAdded = newest > numberedPageCount(count, SIZE);
      // A page added (its items filled it): its own, and the links of the two below it, which name it and of which
      // the first is no longer on the own address. Else no numbered page at all.
      const allowed = pageAdded ? [newest, newest - 1, newest - 2] : [];
      for (const number of changed)
        expect(allowed, `${count} → ${count + 1}: page ${number} changed`).toContain(number);
      if (count > SIZE) expect(after.get(''), `${count} → ${count + 1}: the own address`).not.toBe(before.get(''));
    }
  });

  it('leaves a full page exactly as it was however long the list grows', () => {
    const page2 = pagesOf(12).get('page/2');
    for (let count = 13; count < 100; count++) {
      const now = pagesOf(count).get('page/2');
      if (count >= 5 * SIZE) expect(now, `${count} items`).toBe(pagesOf(5 * SIZE).get('page/2'));
      expect(JSON.parse(now!).data).toEqual(JSON.parse(page2!).data);
    }
  });
});
