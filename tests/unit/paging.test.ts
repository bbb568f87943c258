/** Numbered list pages: where page n lives, which numbers a page links to, how its title says which page it is. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PAGE_SIZE, listPageSize } from '../../src/lib/paging/page-size';
import { SITE_WORDS } from '../../src/lib/editions/site-words';
import { listPagePath, pageNumbers, pageParam, pagedPaths, pagedTitle } from '../../src/lib/paging/paged-routes';

describe('list page addresses', () => {
  it('keeps the first page at the list address and puts the others under page/<n>/', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(7)).toBe('page/7');
    expect(listPagePath('/zh-hant/', 1)).toBe('/zh-hant/');
    expect(listPagePath('/zh-hant/archive/2025/12/', 3)).toBe('/zh-hant/archive/2025/12/page/3/');
  });

  it("moves paginate()'s page numbers and links under page/, base path included", () => {
    // A stand-in for Astro's paginate() on a `[...page]` route under /news/: page n at `<list>n/`.
    const paginate = ((items: readonly number[], { pageSize = 10, params = {}, props = {}, format = (url: string) => url } = {}) => {
      const last = Math.max(1, Math.ceil(items.length / pageSize));
      const url = (n: number) => format(n === 1 ? '/news/zh-hant/archive/2025/12/' : `/news/zh-hant/archive/2025/12/${n}/`);
      return Array.from({ length: last }, (_, index) => ({
        params: { ...params, page: index === 0 ? undefined : String(index + 1) },
        props: {
          ...props,
          page: {
            data: items.slice(index * pageSize, (index + 1) * pageSize),
            currentPage: index + 1,
            lastPage: last,
            url: { current: url(index + 1), prev: index > 0 ? url(index) : undefined, next: index + 1 < last ? url(index + 2) : undefined },
          },
        },
      }));
    }) as any;
    const paths = pagedPaths(paginate, [1, 2, 3, 4, 5], {
      params: { edition: 'zh-hant' },
      props: {},
      listPath: '/zh-hant/archive/2025/12/',
      base: '/news/',
      pageSize: 2,
    });
    expect(paths.map((path) => path.params.page)).toEqual([undefined, 'page/2', 'page/3']);
    expect(paths[1]?.props.page.url).toEqual({
      current: '/news/zh-hant/archive/2025/12/page/2/',
      prev: '/news/zh-hant/archive/2025/12/',
      next: '/news/zh-hant/archive/2025/12/page/3/',
    });
    expect(paths[2]?.props.page.data).toEqual([5]);
  });
});

describe('page numbers a list page links to', () => {
  it('links every page of a short list', () => {
    expect(pageNumbers(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbers(1, 1)).toEqual([1]);
  });

  it('links the first, the last and two either side of the current page, with gaps between', () => {
    expect(pageNumbers(30, 60)).toEqual([1, 'gap', 28, 29, 30, 31, 32, 'gap', 60]);
    expect(pageNumbers(1, 60)).toEqual([1, 2, 3, 'gap', 60]);
    expect(pageNumbers(4, 60)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 60]);
  });
});

describe('list page titles', () => {
  it("adds the page number from page 2 on, in each edition's words", () => {
    expect(pagedTitle('主題：能源', { currentPage: 1 }, SITE_WORDS['zh-hant'])).toBe('主題：能源');
    expect(pagedTitle('主題：能源', { currentPage: 3 }, SITE_WORDS['zh-hant'])).toBe('主題：能源（第3頁）');
    expect(pagedTitle('主题：能源', { currentPage: 3 }, SITE_WORDS['zh-hans'])).toBe('主题：能源（第3页）');
  });
});

describe('the list page size', () => {
  it('is 20 unless LIST_PAGE_SIZE says otherwise, and refuses anything but a positive integer', () => {
    expect(DEFAULT_LIST_PAGE_SIZE).toBe(20);
    expect(listPageSize(undefined)).toBe(20);
    expect(listPageSize('5')).toBe(5);
    for (const bad of ['0', '-3', '2.5', 'many']) expect(() => listPageSize(bad), bad).toThrow(/LIST_PAGE_SIZE/);
  });
});
