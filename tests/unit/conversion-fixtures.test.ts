/**
 * Fixture folders under tests/fixtures/conversion/: `input.html` converted to the Simplified edition (with the
 * overrides in `overrides.json`, when there is one) must equal `output.html`. The expected files are written by
 * hand: each folder's README says what it shows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { convertHtml } from '../../src/lib/editions/conversion/html-tree';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/conversion');

describe('HTML conversion fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`converts ${name} as expected`, () => {
      const read = (file: string) => readFileSync(resolve(FIXTURES, name, file), 'utf8');
      const overrides = existsSync(resolve(FIXTURES, name, 'overrides.json')) ? JSON.parse(read('overrides.json')) : {};
      expect(convertHtml(read('input.html'), simplifiedConverter(overrides))).toBe(read('output.html'));
    });
  }
});
