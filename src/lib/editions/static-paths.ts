import { EDITIONS, type Edition } from './editions';

/** Editions built so far. The Simplified edition joins once build-time conversion is in place. */
export const PUBLISHED_EDITIONS: readonly Edition[] = EDITIONS.filter((edition) => edition.id === 'zh-hant');

/** `getStaticPaths` entries for a route that exists once per edition. */
export function perEdition<T extends object>(
  items: readonly T[],
  toParams: (item: T) => Record<string, string>,
): { params: Record<string, string>; props: T & { edition: Edition } }[] {
  return PUBLISHED_EDITIONS.flatMap((edition) =>
    items.map((item) => ({ params: { edition: edition.id, ...toParams(item) }, props: { ...item, edition } })),
  );
}
