/**
 * The two editions of the site. Articles are written in Traditional script; the Simplified edition is derived
 * from it at build time. Every route is built once per edition, under the edition's path segment.
 */
export const EDITIONS = [
  { id: 'zh-hant', lang: 'zh-Hant', label: '繁體', name: '繁體中文' },
  { id: 'zh-hans', lang: 'zh-Hans', label: '简体', name: '简体中文' },
] as const;

export type Edition = (typeof EDITIONS)[number];
export type EditionId = Edition['id'];

/** The edition editors write in, and the one `/` and x-default point to. */
export const SOURCE_EDITION: Edition = EDITIONS[0];

export function editionById(id: string): Edition {
  const edition = EDITIONS.find((candidate) => candidate.id === id);
  if (!edition) throw new Error(`unknown edition "${id}"`);
  return edition;
}
