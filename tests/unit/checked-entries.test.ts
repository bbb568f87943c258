/**
 * What the content loader remembers of each entry it checked (src/loaders/checked-entries.ts): a key that tells
 * its inputs apart, file signatures that change when a file is replaced, touched or removed, and a file that
 * reads back what was written, or nothing when it is not this version's.
 */
import { mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checksKey, fileSignature, filesUnchanged, readCheckedEntries, writeCheckedEntries, type CheckedEntry } from '../../src/loaders/checked-entries';

const folder = mkdtempSync(join(tmpdir(), 'checked-entries-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the key of a check', () => {
  it('differs when any part or the bytes differ, and where the parts are cut', () => {
    const key = checksKey(['a', 'bc'], Buffer.from('text'));
    expect(checksKey(['a', 'bc'], 'text')).toBe(key);
    expect(checksKey(['ab', 'c'], 'text')).not.toBe(key);
    expect(checksKey(['a', 'bc'], 'text.')).not.toBe(key);
    expect(checksKey(['a', 'bd'], 'text')).not.toBe(key);
  });
});

describe('the signature of a file a check read', () => {
  it('changes when the file is rewritten, touched, replaced or removed, and not when it is only read', () => {
    const picture = join(folder, 'map.png');
    writeFileSync(picture, 'one');
    const first = fileSignature(picture);
    expect(fileSignature(picture)).toBe(first);
    const files: CheckedEntry['files'] = [[picture, first]];
    expect(filesUnchanged(files)).toBe(true);

    utimesSync(picture, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(fileSignature(picture)).not.toBe(first);

    const replacement = join(folder, 'other.png');
    writeFileSync(replacement, 'one');
    const before = fileSignature(picture);
    renameSync(replacement, picture);
    expect(fileSignature(picture)).not.toBe(before);

    unlinkSync(picture);
    expect(fileSignature(picture)).toBe('none');
    expect(filesUnchanged(files)).toBe(false);
  });

  it('follows a link, and changes when the link leads elsewhere', () => {
    const a = join(folder, 'a.png');
    const b = join(folder, 'b.png');
    writeFileSync(a, 'a');
    writeFileSync(b, 'bb');
    const link = join(folder, 'link.png');
    symlinkSync(a, link);
    const toA = fileSignature(link);
    unlinkSync(link);
    symlinkSync(b, link);
    expect(fileSignature(link)).not.toBe(toA);
    unlinkSync(b);
    expect(fileSignature(link)).toMatch(/>none$/);
  });
});

describe('the file of checks', () => {
  it('reads back what was written, and nothing from a missing, broken or older file', () => {
    const file = join(folder, 'cache/content-checks/articles.json');
    const entry: CheckedEntry = { key: 'k', digest: 'd', notes: ['a.md:3: note'], files: [['/p.png', 'sig']] };
    expect(readCheckedEntries(file).size).toBe(0);
    writeCheckedEntries(file, new Map([['a', entry]]));
    expect(readCheckedEntries(file)).toEqual(new Map([['a', entry]]));
    writeFileSync(file, '{"version":');
    expect(readCheckedEntries(file).size).toBe(0);
    writeFileSync(file, JSON.stringify({ version: 0, entries: { a: entry } }));
    expect(readCheckedEntries(file).size).toBe(0);
  });
});
