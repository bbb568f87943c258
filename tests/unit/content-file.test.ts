/**
 * Opening a content file (src/inputs/content-file.ts): only a regular file inside the content folder, never a
 * pipe or a device (not even opened), never more than the limit, UTF-8 only; each refusal one sentence.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as nodeFileSystem from 'node:fs';
import { readContentFile, readContentText, readFailure, type ContentFileSystem } from '../../src/inputs/content-file';
import { ContentError } from '../../src/lib/content/locate-issues';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function contentFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-file-'));
  made.push(root);
  mkdirSync(join(root, 'articles'));
  return root;
}

/** The message readContentFile refuses `path` with. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof ContentError) return error.issues.map(({ line, field, message }) => `${line}: ${field}: ${message}`).join('\n');
    throw error;
  }
  throw new Error('read without refusal');
}

describe('reading a content file', () => {
  it('reads a regular file, and one a link inside the folder leads to', () => {
    const root = contentFolder();
    writeFileSync(join(root, 'articles/a.md'), '文字');
    symlinkSync('a.md', join(root, 'articles/b.md'));
    expect(readContentFile(join(root, 'articles/b.md'), { root, label: 'b.md' })).toBe('文字');
  });

  it('refuses links that lead nowhere, in a loop, or out of the folder', () => {
    const root = contentFolder();
    symlinkSync('gone.md', join(root, 'articles/dangling.md'));
    symlinkSync('loop-2.md', join(root, 'articles/loop-1.md'));
    symlinkSync('loop-1.md', join(root, 'articles/loop-2.md'));
    symlinkSync('/etc/passwd', join(root, 'articles/out.md'));
    const read = (name: string) => refusal(() => readContentFile(join(root, 'articles', name), { root, label: name }));
    expect(read('dangling.md')).toBe('1: file: is a symbolic link to "gone.md", which does not exist: restore that file, or delete the link');
    expect(read('loop-1.md')).toContain('a loop of links');
    expect(read('out.md')).toBe('1: file: is a symbolic link to /etc/passwd, outside the content folder: the build reads only files inside it; copy the file in instead');
  });

  it('refuses a named pipe, a device and a folder without waiting on them or reading them', () => {
    const root = contentFolder();
    execFileSync('mkfifo', [join(root, 'articles/pipe.md')]);
    mkdirSync(join(root, 'articles/folder.md'));
    // /dev/zero with /dev as the content folder: the device itself, not a link out of the folder.
    const read = (path: string, inside = root) => refusal(() => readContentFile(path, { root: inside, label: 'x' }));
    expect(read(join(root, 'articles/pipe.md'))).toContain('is a named pipe (FIFO), not a file');
    expect(read(join(root, 'articles/folder.md'))).toContain('is a folder, not a file');
    expect(read('/dev/zero', '/dev')).toContain('is a device, not a file');
  });

  it('reads no more than the limit, whatever the file says about itself', () => {
    const root = contentFolder();
    writeFileSync(join(root, 'articles/big.md'), 'x'.repeat(2_000));
    expect(refusal(() => readContentFile(join(root, 'articles/big.md'), { root, label: 'x', maxBytes: 1_000 }))).toBe(
      '1: file: is 2,000 bytes; at most 1,000 bytes are read from one file: make it smaller',
    );
    expect(readContentFile(join(root, 'articles/big.md'), { root, label: 'x', maxBytes: 2_000 })).toHaveLength(2_000);
  });

  it('reads a file that grows after it was measured, up to the limit and no further', () => {
    const root = contentFolder();
    const path = join(root, 'articles/growing.md');
    writeFileSync(path, 'x'.repeat(3_000));
    // The file says it holds 10 bytes when opened, then has 3,000 to give: as one still being written would.
    const fileSystem: ContentFileSystem = { ...nodeFileSystem, fstatSync: ((descriptor: number) => ({ ...nodeFileSystem.fstatSync(descriptor), size: 10, isFile: () => true })) as ContentFileSystem['fstatSync'] };
    expect(readContentFile(path, { root, label: 'x', maxBytes: 5_000, fileSystem })).toBe('x'.repeat(3_000));
    expect(refusal(() => readContentFile(path, { root, label: 'x', maxBytes: 1_000, fileSystem }))).toBe(
      '1: file: is 1,001 bytes or more; at most 1,000 bytes are read from one file: make it smaller',
    );
  });

  it('refuses text that is not UTF-8, naming the line it starts on', () => {
    const root = contentFolder();
    writeFileSync(join(root, 'articles/big5.md'), Buffer.concat([Buffer.from('---\ntitle: x\n'), Buffer.from([0xa4, 0xa4, 0xa4, 0xe5])]));
    expect(refusal(() => readContentFile(join(root, 'articles/big5.md'), { root, label: 'x' }))).toBe(
      '1: file: is not UTF-8 text (the first byte that is not stands on line 3): save the file as UTF-8',
    );
  });

  it('normalises the text and holds it to the line and nesting limits', () => {
    const root = contentFolder();
    writeFileSync(join(root, 'articles/a.md'), `\uFEFF---\r\ntitle: x\r\n---\r\n\r\n${'>'.repeat(100)} 深\r\n`);
    expect(refusal(() => readContentText(join(root, 'articles/a.md'), { root, label: 'a.md' }))).toBe('5: body: quotations and lists nest 100 levels deep here; at most 32');
  });

  it('says what to do about a file the system will not give', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(readFailure(error('EACCES'), 'content/articles/x.md')).toBe('cannot be read: permission denied; make it readable (chmod a+r content/articles/x.md)');
    expect(readFailure(error('EIO'), 'x')).toContain('input/output error');
    expect(readFailure(error('EWHATEVER'), 'x')).toBe('cannot be read (EWHATEVER): check that it is a plain file you can open');
  });
});

/** node:fs with one call failing as the system fails it (`code`), for every path. */
function failing(call: keyof ContentFileSystem, code: string): ContentFileSystem {
  return {
    ...nodeFileSystem,
    [call]: () => {
      throw Object.assign(new Error(`${code}: ${call} failed`), { code, syscall: call, errno: -5 });
    },
  };
}

describe('a read the file system refuses', () => {
  const calls: (keyof ContentFileSystem)[] = ['realpathSync', 'statSync', 'openSync', 'fstatSync', 'readSync'];
  const codes = ['EACCES', 'EPERM', 'EIO', 'EMFILE', 'ENFILE', 'EBUSY', 'ESTALE', 'ENAMETOOLONG', 'ENOENT', 'EWHATEVER'];

  it('is one line naming the file and saying what to do, whichever call fails with whichever error', () => {
    const root = contentFolder();
    const path = join(root, 'articles/a.md');
    writeFileSync(path, '文字');
    for (const call of calls) {
      for (const code of codes) {
        let thrown: unknown;
        try {
          readContentText(path, { root, label: 'articles/a.md', fileSystem: failing(call, code) });
        } catch (error) {
          thrown = error;
        }
        const what = `${call} ${code}`;
        expect(thrown, what).toBeInstanceOf(ContentError);
        const error = thrown as ContentError;
        expect(error.issues, what).toHaveLength(1);
        expect(error.issues[0], what).toMatchObject({ file: 'articles/a.md', line: 1, field: 'file' });
        // The sentence for the code, with the path the system was asked about; never the error's own words.
        expect(error.message, what).toBe(`articles/a.md:1: file: ${readFailure({ code }, call === 'realpathSync' ? path : nodeFileSystem.realpathSync(path))}`);
        expect(error.message, what).not.toContain('failed');
        expect(error.message.split('\n'), what).toHaveLength(1);
        expect(error.stack, what).toBe('');
      }
    }
  });

  it('says what to do for each kind of failure', () => {
    const root = contentFolder();
    const path = join(root, 'articles/a.md');
    writeFileSync(path, '文字');
    const message = (call: keyof ContentFileSystem, code: string) => refusal(() => readContentFile(path, { root, label: 'articles/a.md', fileSystem: failing(call, code) }));
    expect(message('openSync', 'EACCES')).toBe(`1: file: cannot be read: permission denied; make it readable (chmod a+r ${nodeFileSystem.realpathSync(path)})`);
    expect(message('readSync', 'EIO')).toBe('1: file: cannot be read: the disk reported an input/output error; check the disk and copy the file again');
    expect(message('openSync', 'EMFILE')).toContain('too many files are open at once');
    expect(message('readSync', 'EBUSY')).toContain('another program holds it');
    expect(message('statSync', 'ESTALE')).toContain('the network drive it is on did not answer');
    expect(message('readSync', 'EWHATEVER')).toBe('1: file: cannot be read (EWHATEVER): check that it is a plain file you can open');
  });

  it('still reads the file when only closing it fails, and names a dangling link even when the link cannot be looked at', () => {
    const root = contentFolder();
    writeFileSync(join(root, 'articles/a.md'), '文字');
    expect(readContentFile(join(root, 'articles/a.md'), { root, label: 'a', fileSystem: failing('closeSync', 'EIO') })).toBe('文字');
    symlinkSync('nowhere.md', join(root, 'articles/dangling.md'));
    expect(refusal(() => readContentFile(join(root, 'articles/dangling.md'), { root, label: 'd' }))).toContain('is a symbolic link to "nowhere.md", which does not exist');
    expect(refusal(() => readContentFile(join(root, 'articles/dangling.md'), { root, label: 'd', fileSystem: failing('lstatSync', 'EACCES') }))).toBe(
      '1: file: does not exist any more: it was moved or deleted while the build ran; run the build again',
    );
  });
});
