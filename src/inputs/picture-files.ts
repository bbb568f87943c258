/**
 * An image's `src` must be a picture file inside the content folder: the site publishes only what it holds, and
 * its Content-Security-Policy (`img-src 'self'`) would block anything else in the reader's browser anyway.
 * Remote pictures are refused rather than downloaded at build time: a build must not depend on the network, and
 * a licensed picture belongs in the repository beside its credit.
 *
 *   src: ./bombers.jpg            → content/articles/<slug>/bombers.jpg, checked to be a real picture, decoded
 *                                   whole: a file cut short or with garbage in it is named here, not deep inside
 *                                   Astro's image service (which decodes leniently, or fails with its own stack)
 *   src: https://…/x.jpg          → error: remote pictures are not published
 *   src: ../../../../etc/passwd   → error: outside the content folder
 *   src: /etc/passwd              → error: not a path relative to the article
 */
import { createHash } from 'node:crypto';
import * as nodeFileSystem from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve, sep } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import sharp from 'sharp';
import { ContentError } from '../lib/content/locate-issues';
import { PICTURE_MAX_BYTES, PICTURE_NAME_MAX_BYTES } from '../lib/content/limits';
import { readContentBytes, readFailure, type ContentFileSystem } from './content-file';

/** Formats the site publishes: what browsers show and Astro's image pipeline optimises. */
export const PICTURE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];

/** The formats Astro's metadata reader reports for those files. */
const PICTURE_FORMATS = new Set(['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif']);

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * What is wrong with the picture at `src` (as written in the frontmatter of `articlePath`), or `undefined` when
 * it is a picture file inside `contentRoot`. `fileSystem`: the calls the file is read with (content-file.ts).
 */
export async function pictureProblem(src: string, articlePath: string, contentRoot: string, fileSystem: ContentFileSystem = nodeFileSystem): Promise<string | undefined> {
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
  const nameBytes = Buffer.byteLength(basename(path));
  if (nameBytes > PICTURE_NAME_MAX_BYTES) {
    // Astro's image cache and `_astro/` name the optimised copy after it, with a hash added: past 255 bytes the
    // file system refuses the name, deep inside the build.
    return `"${src}": the file name is ${nameBytes} bytes long; at most ${PICTURE_NAME_MAX_BYTES} (a Chinese character takes 3): rename the picture`;
  }
  try {
    if (!fileSystem.lstatSync(path, { throwIfNoEntry: false })) return `no picture file at "${src}" beside the article`;
  } catch (error) {
    return `"${src}" ${readFailure(error, path)}`;
  }
  let bytes: Buffer;
  try {
    // A link inside the folder may still lead out of it; a pipe or a device is never opened.
    bytes = readContentBytes(path, { root: contentRoot, label: src, maxBytes: PICTURE_MAX_BYTES, fileSystem });
  } catch (error) {
    if (error instanceof ContentError) return `"${src}" ${error.issues[0]?.message ?? 'cannot be read'}`;
    throw error;
  }
  try {
    const { format } = await imageMetadata(bytes, src);
    if (!PICTURE_FORMATS.has(format)) return `"${src}" holds a ${format} picture, which the site does not publish`;
  } catch {
    return `"${src}" is not a picture (the file's contents are not ${extension.slice(1)} data)`;
  }
  return damagedPictureProblem(bytes, src);
}

/**
 * Where a picture found whole is remembered between builds, by its bytes: one empty file per picture, in the
 * build's cache folder (astro.config.mjs's cacheDir). Decoding every pixel of every picture on every build would
 * cost a warm build of a large archive more than rendering its changed pages; only new or changed pictures are
 * decoded. Only whole pictures are remembered: a damaged one is decoded, and named, every time.
 */
const DECODED_WHOLE_DIR = resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro', 'pictures-decoded-whole');

/**
 * Whether every pixel of the picture can be read: sharp (the decoder Astro's image service uses) decodes it
 * whole, every frame, and fails on what libvips counts as an error (a file cut short, data that is not the
 * format's). Astro itself decodes with `failOn: 'none'`: a JPEG cut in half would be published half grey, and a
 * file whose header is damaged fails inside its image service with a stack trace that names no article.
 * `decodedWholeDir`: where pictures found whole are remembered (undefined: nowhere, every picture is decoded).
 */
export async function damagedPictureProblem(bytes: Buffer, src: string, decodedWholeDir: string | undefined = DECODED_WHOLE_DIR): Promise<string | undefined> {
  // The decoder's version is in the key: a newer libvips may judge the same bytes otherwise.
  const remembered = decodedWholeDir && join(decodedWholeDir, createHash('sha256').update(sharp.versions.vips).update(bytes).digest('hex'));
  if (remembered && nodeFileSystem.existsSync(remembered)) return undefined;
  try {
    await sharp(bytes, { failOn: 'error', pages: -1 }).stats();
  } catch {
    // libvips's own words ("VipsJpeg: premature end of JPEG image") say nothing an editor can act on.
    return `"${src}" is cut short or damaged: its picture data cannot be read to the end; save or export the picture again and check that it opens whole in an image viewer`;
  }
  if (remembered) {
    try {
      nodeFileSystem.mkdirSync(decodedWholeDir, { recursive: true });
      nodeFileSystem.writeFileSync(remembered, '');
    } catch {
      // A cache that cannot be written only means the picture is decoded again next time.
    }
  }
  return undefined;
}

function isInside(path: string, folder: string): boolean {
  const root = resolve(folder);
  return path.startsWith(`${root}${sep}`);
}
