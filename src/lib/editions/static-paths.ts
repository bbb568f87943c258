import { EDITIONS, type Edition } from './editions';

/**
 * Every edition is built. Pages render from the Traditional content in each; src/middleware.ts converts the
 * Simplified ones.
 */
export const PUBLISHED_EDITIONS: readonly Edition[] = EDITIONS;

/** `getStaticPaths` entries for a route that exists once per edition. */
export function perEdition<T extends object>(
  items: readonly T[],
  toParams: (item: T) => Record<string, string>,
): { params: Record<string, string>; props: T & { edition: Edition } }[] {
  return PUBLISHED_EDITIONS.flatMap((edition) =>
    items.map((item) => ({ params: { edition: edition.id, ...toParams(item) }, props: { ...item, edition } })),
  );
}
