/**
 * A picture file beside an article (src/inputs/picture-files.ts): read like any content file, then decoded whole,
 * so that a picture cut short or with garbage in it is one line at its `images[n].src`, before Astro's image
 * service sees it; and a read the file system refuses is one sentence too.
 */
import { createHash } from 'node:crypto';
import * as nodeFileSystem from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentFileSystem } from '../../src/inputs/content-file';
import { damagedPictureProblem, pictureProblem } from '../../src/inputs/picture-files';

const FORMATS = ['jpeg', 'png', 'gif', 'avif', 'webp'] as const;
const pictures = new Map<string, Buffer>();
let root = '';

beforeAll(async () => {
  // A picture with detail in it (noise compresses badly: every part of the file carries pixels).
  const width = 64;
  const height = 48;
  const pixels = Buffer.alloc(width * height * 3, 0).map((_, index) => (index * 37 + (index >> 7) * 11) & 255);
  for (const format of FORMATS) pictures.set(format, await sharp(pixels, { raw: { width, height, channels: 3 } }).toFormat(format).toBuffer());
  root = mkdtempSync(join(tmpdir(), 'picture-files-'));
  mkdirSync(join(root, 'articles/a'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const MESSAGE = /^"\.\/x\.[a-z]+" is cut short or damaged: its picture data cannot be read to the end; save or export the picture again and check that it opens whole in an image viewer$/;

describe('a picture that is not whole', () => {
  it('passes every whole picture of every format the site publishes', async () => {
    for (const format of FORMATS) expect(await damagedPictureProblem(pictures.get(format)!, `./x.${format}`), format).toBeUndefined();
  });

  it('names a picture cut anywhere after its header, in every format whose data says where it ends', async () => {
    for (const format of ['jpeg', 'png', 'gif', 'avif'] as const) {
      const whole = pictures.get(format)!;
      for (const kept of [0.25, 0.5, 0.75, 0.9]) {
        const cut = whole.subarray(0, Math.floor(whole.length * kept));
        expect(await damagedPictureProblem(cut, `./x.${format}`), `${format} cut at ${kept}`).toMatch(MESSAGE);
      }
    }
  });

  it('names a picture whose data turns to garbage', async () => {
    for (const format of ['jpeg', 'png', 'gif', 'avif'] as const) {
      const whole = pictures.get(format)!;
      const spoilt = Buffer.concat([whole.subarray(0, whole.length >> 2), Buffer.alloc(whole.length - (whole.length >> 2), 0x5a)]);
      expect(await damagedPictureProblem(spoilt, `./x.${format}`), format).toMatch(MESSAGE);
    }
  });

  it('is judged from the file beside the article, after its name and format are', async () => {
    const article = join(root, 'articles/a/index.md');
    const jpeg = pictures.get('jpeg')!;
    writeFileSync(join(root, 'articles/a/whole.jpg'), jpeg);
    writeFileSync(join(root, 'articles/a/x.jpg'), jpeg.subarray(0, jpeg.length >> 1));
    expect(await pictureProblem('./whole.jpg', article, root)).toBeUndefined();
    expect(await pictureProblem('./x.jpg', article, root)).toMatch(MESSAGE);
  });
});

/** node:fs with one call failing as the system fails it. */
function failing(call: keyof ContentFileSystem, code: string): ContentFileSystem {
  return {
    ...nodeFileSystem,
    [call]: () => {
      throw Object.assign(new Error(`${code}: ${call} failed`), { code });
    },
  };
}

describe('a picture found whole', () => {
  it('is remembered by its bytes and not decoded again; a damaged one is never remembered', async () => {
    const remembered = mkdtempSync(join(tmpdir(), 'decoded-whole-'));
    try {
      const whole = pictures.get('png')!;
      expect(await damagedPictureProblem(whole, './x.png', remembered)).toBeUndefined();
      expect(readdirSync(remembered)).toHaveLength(1);
      const cut = whole.subarray(0, Math.floor(whole.length / 2));
      expect(await damagedPictureProblem(cut, './x.png', remembered)).toMatch(MESSAGE);
      expect(readdirSync(remembered)).toHaveLength(1);
      // What is remembered is believed without decoding: the cut picture, marked as whole, passes.
      writeFileSync(join(remembered, createHash('sha256').update(sharp.versions.vips).update(cut).digest('hex')), '');
      expect(await damagedPictureProblem(cut, './x.png', remembered)).toBeUndefined();
      // And with nowhere to remember, every picture is decoded.
      expect(await damagedPictureProblem(cut, './x.png', undefined)).toMatch(MESSAGE);
    } finally {
      rmSync(remembered, { recursive: true, force: true });
    }
  });
});

describe('a picture the file system will not give', () => {
  it('is one sentence naming the picture and what to do, whichever call fails', async () => {
    const article = join(root, 'articles/a/index.md');
    writeFileSync(join(root, 'articles/a/y.png'), pictures.get('png')!);
    for (const call of ['lstatSync', 'realpathSync', 'statSync', 'openSync', 'readSync'] as const) {
      expect(await pictureProblem('./y.png', article, root, failing(call, 'EACCES')), call).toMatch(/^"\.\/y\.png" cannot be read: permission denied; make it readable \(chmod a\+r \/.*y\.png\)$/);
      expect(await pictureProblem('./y.png', article, root, failing(call, 'EIO')), call).toBe('"./y.png" cannot be read: the disk reported an input/output error; check the disk and copy the file again');
    }
  });
});
