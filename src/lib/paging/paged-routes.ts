/**
 * Numbered list pages with Astro's `paginate()`: the first page at the list's own address (`/zh-hant/`,
 * `/zh-hant/topics/energy/`), the others under `page/<n>/` (`/zh-hant/page/2/`). Routes are
 * `…/[...page].astro`; paginate names the later pages `2`, `3`…, and this module moves them under `page/`,
 * in the params (the address the page is written to) and in the prev/next/first/last links alike.
 */
import type { Page, PaginateFunction } from 'astro';
import type { EditionId } from '../editions/editions';
import type { SiteWords } from '../editions/site-words';
import { PUBLISHED_EDITIONS } from '../editions/static-paths';
import { withBase } from '../paths';
import { LIST_PAGE_SIZE } from './page-size';

/** The `[...page]` param of page `n`: none for the first page. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `page/${n}`;
}

/** Site path of page `n` of the list whose first page is `listPath` (with its trailing slash). */
export function listPagePath(listPath: string, n: number): string {
  return n === 1 ? listPath : `${listPath}page/${n}/`;
}

/**
 * `getStaticPaths` entries for one list: paginate() over `items`, with the later pages under `page/<n>/`.
 * `listPath` is the first page's site path (no base); `base` is Astro's BASE_URL.
 */
export function pagedPaths<Item, Params extends Record<string, string>, Props extends Record<string, unknown>>(
  paginate: PaginateFunction,
  items: readonly Item[],
  options: { params: Params; props: Props; listPath: string; base: string; pageSize?: number },
) {
  const first = withBase(options.base, options.listPath);
  return paginate(items, {
    pageSize: options.pageSize ?? LIST_PAGE_SIZE,
    params: options.params,
    props: options.props,
    // paginate writes page n as `<first>n/`; the reader sees `<first>page/n/`.
    format: (url) => (url === first || !url.startsWith(first) ? url : `${first}page/${url.slice(first.length)}`),
  }).map((path) => ({ ...path, params: { ...path.params, page: pageParam(path.props.page.currentPage) } }));
}

/**
 * `pagedPaths` for a list of the same items in every edition, its first page at `listPath(edition)`; `props`
 * are given to every page besides its edition.
 */
export function pagedPathsPerEdition<Item, Props extends Record<string, unknown> = Record<never, never>>(
  paginate: PaginateFunction,
  items: readonly Item[],
  listPath: (edition: EditionId) => string,
  base: string,
  options: { props?: Props; pageSize?: number } = {},
) {
  return PUBLISHED_EDITIONS.flatMap((edition) =>
    pagedPaths(paginate, items, {
      params: { edition: edition.id },
      props: { ...(options.props as Props), edition },
      listPath: listPath(edition.id),
      base,
      ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    }),
  );
}

/** A list page's title and heading: the list's own on the first page, with the page number on the others. */
export function pagedTitle(title: string, page: Pick<Page, 'currentPage'>, words: Pick<SiteWords, 'pagedTitle'>): string {
  return page.currentPage === 1 ? title : words.pagedTitle(title, page.currentPage);
}

/**
 * Page numbers to link to from page `current` of `last`: the first, the last, and `around` on each side of the
 * current one, with `gap` where numbers are left out. Bounded, so page 300 of 500 links to a handful of pages.
 */
export function pageNumbers(current: number, last: number, around = 2): (number | 'gap')[] {
  const wanted = new Set([1, last]);
  for (let n = Math.max(1, current - around); n <= Math.min(last, current + around); n++) wanted.add(n);
  const numbers: (number | 'gap')[] = [];
  for (const n of [...wanted].sort((a, b) => a - b)) {
    const previous = numbers.at(-1);
    if (typeof previous === 'number' && n > previous + 1) numbers.push('gap');
    numbers.push(n);
  }
  return numbers;
}
