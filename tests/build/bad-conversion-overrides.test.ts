/** A mistake in content/conversion.yaml stops the build, naming the file, the line and the key. */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';

describe('site-wide overrides in the build', () => {
  it('fails on a value that is not text, naming file, line and key', () => {
    const contentDir = resolve(SITES_DIR, 'content-bad-conversion');
    rmSync(contentDir, { recursive: true, force: true });
    mkdirSync(contentDir, { recursive: true });
    cpSync(resolve(PROJECT_ROOT, 'content/articles'), resolve(contentDir, 'articles'), { recursive: true });
    cpSync(resolve(PROJECT_ROOT, 'content/actors'), resolve(contentDir, 'actors'), { recursive: true });
    cpSync(resolve(PROJECT_ROOT, 'content/tags.yaml'), resolve(contentDir, 'tags.yaml'));
    writeFileSync(resolve(contentDir, 'conversion.yaml'), '# overrides\n報導: 报道\n查維斯:\n  - 查韦斯\n');
    const build = buildSite('bad-conversion', { contentDir });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/content-bad-conversion\/conversion\.yaml:3: 查維斯: must be the Simplified text/);
  });
});
