/**
 * The limits of what the build reads, each far above what an article needs and far below what would hurt the build:
 * the Markdown parser recurses once per level of nesting (about 2,000 levels of `>` or 1,000 of inline lists
 * overflow its stack), YAML's parser likewise, and a file is held in memory whole. The checks run on the text
 * before anything parses it, so a file over a limit gets one line naming the limit, never a stack overflow.
 * docs/content.md lists them for editors ("Limits").
 */

/** Most bytes in one content file (an article, an actor file, tags.yaml, conversion.yaml): 1 MB. The seed article is 13 KB. */
export const CONTENT_FILE_MAX_BYTES = 1_000_000;

/** Most bytes in one picture file: 20 MB. */
export const PICTURE_MAX_BYTES = 20_000_000;

/** Most characters on one line of a content file. One paragraph is one line; the seed's longest is 210. */
export const LINE_MAX_CHARACTERS = 10_000;

/**
 * Most levels of nesting: quotations and lists inside each other, emphasis and links inside each other, and YAML
 * lists and maps inside each other.
 */
export const NESTING_MAX_LEVELS = 32;

/**
 * Most bytes in a picture's file name. Astro names the optimised copy `<name>_<hash>.<format>` in its image
 * cache and in `_astro/`, and file systems stop at 255 bytes a name.
 */
export const PICTURE_NAME_MAX_BYTES = 100;

/** `1,000,000 bytes (1 MB)`: how messages and the guide write a size. */
export function formatBytes(bytes: number): string {
  const grouped = new Intl.NumberFormat('en-US').format(bytes);
  return bytes >= 1_000_000 ? `${grouped} bytes (${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB)` : `${grouped} bytes`;
}
