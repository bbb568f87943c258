/**
 * Markdown cannot inject script: each folder under tests/fixtures/unsafe-markdown/ holds an `input.md` that must
 * fail with the error in `error.txt` (file, line, field and message). Safe links render: see
 * tests/fixtures/markdown/safe-links/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/lib/markdown/reject-unsafe-markup';
import { renderMarkdown } from '../helpers/markdown';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/unsafe-markdown');

describe('unsafe Markdown stops the build', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`rejects ${name.replaceAll('-', ' ')}`, async () => {
      const input = readFileSync(resolve(FIXTURES, name, 'input.md'), 'utf8');
      const expected = readFileSync(resolve(FIXTURES, name, 'error.txt'), 'utf8').trimEnd();
      const error = await renderMarkdown(input, 'content/articles/fixture.md').then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error, 'rendered without an error').toBeInstanceOf(Error);
      expect((error as Error).name).toBe('ContentError');
      expect((error as Error).message).toContain(`content/articles/${expected}`);
    });
  }
});

describe('isSafeUrl', () => {
  it.each(['https://example.org/', 'http://example.org', 'mailto:a@b.c', '#part', '../x/', '/zh-hant/', 'image.png', '?q=1'])(
    'allows %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );
  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd'])(
    'rejects %j',
    (url) => expect(isSafeUrl(url)).toBe(false),
  );
});
