/** Two files claiming one address: the newer is the one blamed, whichever its name sorts (list-content-files.ts). */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../src/inputs/list-content-files';
import { SITES_DIR } from '../helpers/build-site';

const FOLDER = resolve(SITES_DIR, 'duplicate-slug/articles');
const spec = { folder: FOLDER, entryExtension: '.md', assetExtensions: ['.jpg'], nested: true, noun: 'articles' };
const shown = relative(process.cwd(), FOLDER);

function twoFiles(olderFirst: 'twice.md' | 'twice/index.md') {
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(resolve(FOLDER, 'twice'), { recursive: true });
  for (const file of ['twice.md', 'twice/index.md']) writeFileSync(resolve(FOLDER, file), '---\ntitle: x\n---\n');
  const newer = olderFirst === 'twice.md' ? 'twice/index.md' : 'twice.md';
  utimesSync(resolve(FOLDER, olderFirst), new Date('2025-01-01'), new Date('2025-01-01'));
  utimesSync(resolve(FOLDER, newer), new Date('2025-06-01'), new Date('2025-06-01'));
  return listContentFiles(spec);
}

describe('a slug two files claim', () => {
  it.each(['twice.md', 'twice/index.md'] as const)('keeps the file that was there first (%s) and blames the newer', (older) => {
    const newer = older === 'twice.md' ? 'twice/index.md' : 'twice.md';
    const { entries, issues } = twoFiles(older);
    expect(entries.map((entry) => entry.entry)).toEqual([older]);
    expect(issues).toEqual([
      {
        file: `${shown}/${newer}`,
        line: 1,
        field: 'file name',
        message: `"twice" is already the address of ${older}, there before this file: two files cannot publish one page; rename this one`,
      },
    ]);
  });
});
