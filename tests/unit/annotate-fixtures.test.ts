/**
 * `npm run annotate` on fixtures: each `tests/fixtures/annotate/articles/<case>.md` is annotated with the actors
 * in `tests/fixtures/annotate/actors/` and must become `expected/<case>.md`, printing `expected/<case>.txt`
 * (paths written from the fixture folder). UPDATE_FIXTURES=1 regenerates the expected files: review the diff.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentFolderAt } from '../../src/inputs/content-folder';
import { siteInputs } from '../../src/inputs/site-inputs';
import { annotateFile } from '../../src/commands/annotate-file';
import { annotateSource } from '../../src/lib/annotations/auto-annotate';
import { SITES_DIR } from '../helpers/build-site';
import { expectFile } from '../helpers/expected-file';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/annotate');
const WORK = resolve(SITES_DIR, 'annotate-fixtures');
const cases = readdirSync(resolve(FIXTURES, 'articles')).map((file) => file.replace(/\.md$/, ''));
const actors = () => [...siteInputs(contentFolderAt(FIXTURES)).actorNames.values()];

beforeAll(() => {
  // Annotating writes the file: work on a copy, beside a copy of the actors (found as the articles' sibling).
  rmSync(WORK, { recursive: true, force: true });
  cpSync(FIXTURES, WORK, { recursive: true });
});

describe('npm run annotate on fixtures', () => {
  for (const name of cases) {
    it(`annotates ${name.replaceAll('-', ' ')} as expected`, () => {
      const file = resolve(WORK, 'articles', `${name}.md`);
      const run = annotateFile(file, { check: false });
      const label = relative(process.cwd(), file);
      const printed = run.lines.map((line) => line.replace(label, `articles/${name}.md`));
      expectFile(resolve(FIXTURES, 'expected', `${name}.md`), readFileSync(file, 'utf8'));
      expectFile(resolve(FIXTURES, 'expected', `${name}.txt`), `${printed.join('\n')}\n`);
    });

    it(`changes nothing in ${name.replaceAll('-', ' ')} but the annotations, and nothing on a second run`, () => {
      const input = readFileSync(resolve(FIXTURES, 'articles', `${name}.md`), 'utf8');
      const once = annotateSource(input, actors());
      expect(once.text.replace(/:actor\[([^\]]*)\]\{ref=[a-z0-9-]+\}/g, '$1')).toBe(
        input.replace(/:actor\[([^\]]*)\]\{ref=[a-z0-9-]+\}/g, '$1'),
      );
      const twice = annotateSource(once.text, actors());
      expect(twice.added).toEqual([]);
      expect(twice.text).toBe(once.text);
    });
  }

  it('keeps Windows line endings byte for byte', () => {
    const lf = readFileSync(resolve(FIXTURES, 'articles/longest-name-wins.md'), 'utf8');
    const expected = readFileSync(resolve(FIXTURES, 'expected/longest-name-wins.md'), 'utf8');
    const crlf = (text: string) => text.replaceAll('\n', '\r\n');
    expect(annotateSource(crlf(lf), actors()).text).toBe(crlf(expected));
  });
});
