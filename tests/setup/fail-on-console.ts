/**
 * A passing run prints Vitest's report and nothing else: output a test expects (coverage warnings, a rejected
 * article's error) is captured where it happens and asserted (see tests/helpers/markdown.ts, build-site.ts).
 * Anything else written to console.warn or console.error during a test fails that test and shows what was
 * written, so stray stack traces cannot creep back into the output.
 */
import { afterEach, beforeEach } from 'vitest';

const { warn, error } = console;
let written: string[] = [];

beforeEach(() => {
  written = [];
  const collect = (...parts: unknown[]) => void written.push(parts.map(String).join(' '));
  console.warn = collect;
  console.error = collect;
});

afterEach(() => {
  console.warn = warn;
  console.error = error;
  if (written.length > 0) {
    throw new Error(`the test wrote to the console (capture and assert expected output instead):\n${written.join('\n')}`);
  }
});
