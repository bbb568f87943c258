/**
 * An image's `src` must be a picture file inside the content folder: the site publishes only what it holds, and
 * its Content-Security-Policy (`img-src 'self'`) would block anything else in the reader's browser anyway.
 * Remote pictures are refused rather than downloaded at build time: a build must not depend on the network, and
 * a licensed picture belongs in the repository beside its credit.
 *
 *   src: ./bombers.jpg            → content/articles/<slug>/bombers.jpg, checked to be a real picture
 *   src: https://…/x.jpg          → error: remote pictures are not published
 *   src: ../../../../etc/passwd   → error: outside the content folder
 *   src: /etc/passwd              → error: not a path relative to the article
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve, sep } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';

/** Formats the site publishes: what browsers show and Astro's image pipeline optimises. */
export const PICTURE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];

/** The formats Astro's metadata reader reports for those files. */
const PICTURE_FORMATS = new Set(['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif']);

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * What is wrong with the picture at `src` (as written in the frontmatter of `articlePath`), or `undefined` when
 * it is a picture file inside `contentRoot`.
 */
export async function pictureProblem(src: string, articlePath: string, contentRoot: string): Promise<string | undefined> {
  if (SCHEME.test(src) || src.startsWith('//')) {
    return `"${src}" is a remote address: save the licensed picture beside the article and write its path, e.g. ./bombers.jpg`;
  }
  if (isAbsolute(src) || src.startsWith('/') || src.startsWith('\\')) {
    return `"${src}" must be a path relative to the article, e.g. ./bombers.jpg`;
  }
  const path = resolve(dirname(articlePath), src);
  const outside = `"${src}" points outside the content folder: pictures live beside their article`;
  if (!isInside(path, contentRoot)) return outside;
  const extension = extname(path).toLowerCase();
  if (!PICTURE_EXTENSIONS.includes(extension)) {
    return `"${src}" is not a picture file the site publishes (${PICTURE_EXTENSIONS.join(', ')})`;
  }
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile()) return `no picture file at "${src}" beside the article`;
  // A link inside the folder may still lead out of it.
  if (!isInside(realpathSync(path), realpathSync(contentRoot))) return outside;
  try {
    const { format } = await imageMetadata(readFileSync(path), src);
    if (!PICTURE_FORMATS.has(format)) return `"${src}" holds a ${format} picture, which the site does not publish`;
  } catch {
    return `"${src}" is not a picture (the file's contents are not ${extension.slice(1)} data)`;
  }
  return undefined;
}

function isInside(path: string, folder: string): boolean {
  const root = resolve(folder);
  return path.startsWith(`${root}${sep}`);
}
