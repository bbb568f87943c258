/** Fixture tests compare with expected files; UPDATE_FIXTURES=1 rewrites them instead (review the diff). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const update = process.env.UPDATE_FIXTURES === '1';

export function expectFile(file: string, actual: string): void {
  if (update) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_FIXTURES=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
