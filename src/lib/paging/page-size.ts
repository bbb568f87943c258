/**
 * How many items a list page shows, and how many articles a feed carries: one constant each, so every list is
 * bounded the same way. Tests build a few hundred articles with a smaller page size (LIST_PAGE_SIZE=5) to get
 * many pages quickly; nothing else should set it.
 */
export const DEFAULT_LIST_PAGE_SIZE = 20;

/** The newest articles each edition's RSS feed carries. */
export const FEED_SIZE = 50;

/** `LIST_PAGE_SIZE` from the environment, else the default; anything but a positive integer is refused. */
export function listPageSize(value: string | undefined = process.env.LIST_PAGE_SIZE): number {
  if (value === undefined || value === '') return DEFAULT_LIST_PAGE_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`LIST_PAGE_SIZE must be a positive integer, got "${value}"`);
  return size;
}

export const LIST_PAGE_SIZE = listPageSize();

/**
 * The actor index by name holds one short line an actor (name and count), so a page takes five pages' worth:
 * a reader looks a name up by its letter, and fewer pages are fewer steps.
 */
export const NAME_LIST_PAGE_SIZE = LIST_PAGE_SIZE * 5;
