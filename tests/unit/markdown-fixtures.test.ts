/**
 * Fixture folders under tests/fixtures/markdown/: `input.md` goes through the real pipeline and must render to
 * `output.html`; where `annotations.json` is present, the annotations the plugin collected must equal it; where
 * `error.txt` is present, rendering must fail with a message containing each of its lines. Run with
 * UPDATE_FIXTURES=1 to regenerate the expected files, then review the diff.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFile } from '../helpers/expected-file';
import { renderMarkdown } from '../helpers/markdown';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/markdown');

describe('Markdown fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    const folder = resolve(FIXTURES, name);
    const input = () => readFileSync(resolve(folder, 'input.md'), 'utf8');

    if (existsSync(resolve(folder, 'error.txt'))) {
      it(`rejects ${name} with a located message`, async () => {
        const expected = readFileSync(resolve(folder, 'error.txt'), 'utf8').split('\n').filter(Boolean);
        const error = await renderMarkdown(input()).then(
          () => undefined,
          (reason: unknown) => reason,
        );
        expect(error, 'rendering should have failed').toBeInstanceOf(Error);
        for (const line of expected) expect((error as Error).message).toContain(line);
      });
      continue;
    }

    it(`renders ${name} as expected`, async () => {
      const { html, frontmatter } = await renderMarkdown(input());
      expectFile(resolve(folder, 'output.html'), `${html}\n`);
      const annotationsFile = resolve(folder, 'annotations.json');
      const annotations = frontmatter.annotations as Record<string, unknown[]>;
      const hasAnnotations = Object.values(annotations).some((list) => list.length > 0);
      if (hasAnnotations || existsSync(annotationsFile)) expectFile(annotationsFile, `${JSON.stringify(annotations, null, 2)}\n`);
    });
  }
});
