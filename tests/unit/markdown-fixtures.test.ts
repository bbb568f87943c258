/**
 * Fixture folders under tests/fixtures/markdown/: `input.md` goes through the real pipeline and must render to
 * `output.html`. Run with UPDATE_FIXTURES=1 to regenerate the expected files, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/markdown';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/markdown');
const update = process.env.UPDATE_FIXTURES === '1';

describe('Markdown fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`renders ${name} as expected`, async () => {
      const { html } = await renderMarkdown(readFileSync(resolve(FIXTURES, name, 'input.md'), 'utf8'));
      const expectedFile = resolve(FIXTURES, name, 'output.html');
      if (update || !existsSync(expectedFile)) {
        if (!update) throw new Error(`${expectedFile} is missing: run with UPDATE_FIXTURES=1 and review it`);
        writeFileSync(expectedFile, `${html}\n`);
      }
      expect(`${html}\n`).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
