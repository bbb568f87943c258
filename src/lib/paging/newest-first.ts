/**
 * Lists of articles (and quotes, and series points) shown newest first, with page numbers counted from the
 * OLDEST page, so that a page's number, address and items stay the same as the archive grows.
 *
 * Numbered from the newest (page 1 the newest, as Astro's `paginate()` does), one new article moves every item of
 * the list one place down: every page of every list it is in changes, and `page/7/` shows other articles
 * tomorrow, so old links and cached copies go wrong. Numbered from the oldest, page `k` holds the list's items
 * `(k-1)·size … k·size-1` counted from its oldest, and is written once full: it never changes again. A new article
 * changes the list's own address only (and, once every `size` articles, adds a page).
 *
 * - **The list's own address** (`/zh-hant/`, `/zh-hant/topics/energy/`) shows the items no numbered page holds yet
 *   and the newest full page: between `size` and `2·size - 1` items, never a near-empty first page. Its older link
 *   goes to the first numbered page it does not show, whose newer link comes back to it.
 * - **Numbered pages** `page/<k>/`, `k = 1` the oldest, are written only once full, when the list holds more than
 *   one page of items: a new item changes the list's own address alone (its newest page, as a reader sees it),
 *   never a numbered page, until its items fill one; an address once written shows the same items for good.
 * - **Links** on a page never name how many pages there are: the list's own address (最新), the oldest page (1)
 *   and two pages either side, so a page's links change only when a page is added next to it.
 *
 * A list that fits one page has its own address alone.
 */
import { withBase } from '../paths';
import { LIST_PAGE_SIZE } from './page-size';
import type { SiteWords } from '../editions/site-words';

/** A link in a list page's row of page links: a numbered page, the list's own address, or a gap. */
export type PageLink = { kind: 'page'; number: number } | { kind: 'newest' } | { kind: 'gap' };

export interface ListPage<Item> {
  /** The items this page shows, newest first. */
  data: Item[];
  /** The page number counted from the oldest, or undefined for the list's own address (its newest items). */
  number: number | undefined;
  /** Items in the whole list: given to the list's own address only, since it changes with every item added. */
  total: number | undefined;
  url: {
    current: string;
    /** The page holding the items just newer than this page's (`rel=prev`). */
    newer: string | undefined;
    /** The page holding the items just older than this page's (`rel=next`). */
    older: string | undefined;
  };
  /** The row of page links, newest first. */
  links: PageLink[];
}

/** One page of a list before addresses are given: which items it shows and its number. */
export interface PageSlice<Item> {
  number: number | undefined;
  data: Item[];
  /** The number of the page holding the items just older and newer than these (`'newest'` for the list's own address). */
  older: number | undefined;
  newer: number | 'newest' | undefined;
}

/**
 * Numbered pages a list of `count` items has, all full: none when it fits one page (its own address shows it all).
 * The items beyond the last full page are on the list's own address only.
 */
export function numberedPageCount(count: number, size: number = LIST_PAGE_SIZE): number {
  return count <= size ? 0 : Math.floor(count / size);
}

/** The pages of a list of `items` (newest first): the list's own address first, then page 1 (oldest) upwards. */
export function newestFirstPages<Item>(items: readonly Item[], size: number = LIST_PAGE_SIZE): PageSlice<Item>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const count = items.length;
  const pages = numberedPageCount(count, size);
  // Page k (oldest = 1) holds the items at oldest-first positions (k-1)·size … k·size-1; items are newest first.
  const itemsOf = (k: number) => items.slice(Math.max(0, count - k * size), count - (k - 1) * size);
  if (pages === 0) return [{ number: undefined, data: [...items], older: undefined, newer: undefined }];
  // The list's own address shows the newest full page and the items after it that no page holds yet.
  const olderThanFirst = pages - 1;
  const first: PageSlice<Item> = {
    number: undefined,
    data: items.slice(0, count - olderThanFirst * size),
    older: olderThanFirst >= 1 ? olderThanFirst : undefined,
    newer: undefined,
  };
  const numbered = Array.from({ length: pages }, (_, index): PageSlice<Item> => {
    const k = index + 1;
    // Pages whose newer neighbour is on the list's own address link there, so rel=prev and rel=next agree.
    return {
      number: k,
      data: itemsOf(k),
      older: k > 1 ? k - 1 : undefined,
      newer: k + 1 > olderThanFirst ? 'newest' : k + 1,
    };
  });
  return [first, ...numbered];
}

/**
 * The links of page `number` (undefined: the list's own address) of a list with `pages` numbered pages: the list's
 * own address, the oldest page, and `around` pages either side (for the list's own address, the `around + 1`
 * newest pages it does not show), newest first, with gaps. Never the count of pages itself.
 */
export function pageLinks(
  number: number | undefined,
  older: number | undefined,
  pages: number,
  around = 2,
): PageLink[] {
  if (pages === 0) return [];
  const wanted = new Set<number>([1]);
  // The list's own address shows the newest pages: it links to the ones below them.
  const top = number === undefined ? (older ?? 0) : Math.min(pages, number + around);
  const bottom = number === undefined ? (older ?? 0) - around : number - around;
  for (let k = top; k >= Math.max(1, bottom); k--) wanted.add(k);
  const links: PageLink[] = [{ kind: 'newest' }];
  // No gap between 最新 and the highest number: whether pages lie between them depends on how many there are.
  let previous: number | undefined;
  for (const k of [...wanted].sort((a, b) => b - a)) {
    if (previous !== undefined && k < previous - 1) links.push({ kind: 'gap' });
    links.push({ kind: 'page', number: k });
    previous = k;
  }
  return links;
}

/** The `[...page]` param of page `number`: none for the list's own address. */
export function pageParam(number: number | undefined): string | undefined {
  return number === undefined ? undefined : `page/${number}`;
}

/** Site path of page `number` (undefined: the list's own address) of the list at `listPath` (with its trailing slash). */
export function listPagePath(listPath: string, number: number | undefined | 'newest'): string {
  return number === undefined || number === 'newest' ? listPath : `${listPath}page/${number}/`;
}

/**
 * `getStaticPaths` entries for one list newest first: `listPath` is its own address (no base path), `base` Astro's
 * BASE_URL; each entry's `page` prop is a ListPage.
 */
export function newestFirstPaths<Item, Params extends Record<string, string>, Props extends Record<string, unknown>>(
  items: readonly Item[],
  options: { params: Params; props: Props; listPath: string; base: string; pageSize?: number },
): { params: Params & { page: string | undefined }; props: Props & { page: ListPage<Item> } }[] {
  const size = options.pageSize ?? LIST_PAGE_SIZE;
  const pages = numberedPageCount(items.length, size);
  const href = (number: number | 'newest' | undefined) =>
    withBase(options.base, listPagePath(options.listPath, number));
  return newestFirstPages(items, size).map((slice) => ({
    params: { ...options.params, page: pageParam(slice.number) },
    props: {
      ...options.props,
      page: {
        data: slice.data,
        number: slice.number,
        total: slice.number === undefined ? items.length : undefined,
        url: {
          current: href(slice.number),
          newer: slice.newer === undefined ? undefined : href(slice.newer),
          older: slice.older === undefined ? undefined : href(slice.older),
        },
        links: pageLinks(slice.number, slice.older, pages),
      },
    },
  }));
}

/** A list page's title and heading: the list's own on its own address, with the page number on numbered pages. */
export function numberedTitle(title: string, page: Pick<ListPage<unknown>, 'number'>, words: Pick<SiteWords, 'pagedTitle'>): string {
  return page.number === undefined ? title : words.pagedTitle(title, page.number);
}
