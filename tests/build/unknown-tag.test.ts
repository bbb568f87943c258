/** A tag content/tags.yaml does not know stops the build, naming the article, the line and the field. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site';
import { contentWith, lineOf } from '../helpers/broken-content';

describe('tags', () => {
  it('fails the build on a tag with no id in tags.yaml, naming file, line and field', () => {
    const { dir: contentDir } = contentWith('unknown-tag', (source) => source.replace('tags: [委內瑞拉, 中國, 俄羅斯, 美國]', 'tags:\n  - 委內瑞拉\n  - 月球採礦\n'));
    const changed = readFileSync(resolve(contentDir, 'articles/broken.md'), 'utf8');
    const build = buildSite('bad-unknown-tag', { contentDir });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`articles/broken.md:${lineOf(changed, '  - 月球採礦')}: tags[1]: unknown tag "月球採礦"`);
  });

  it('fails the build on a tags.yaml id that is not ASCII kebab-case, naming the line', () => {
    const { dir: contentDir } = contentWith('bad-tag-id', (source) => source.replace('dek:', 'dek: '));
    writeFileSync(resolve(contentDir, 'tags.yaml'), '委內瑞拉: venezuela\n中國: china\n俄羅斯: Russia\n美國: united-states\n');
    const build = buildSite('bad-tag-id', { contentDir });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/content-bad-tag-id\/tags\.yaml:3: 俄羅斯: must be ASCII kebab-case/);
  });
});
