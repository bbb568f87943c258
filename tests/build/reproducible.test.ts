/**
 * Two builds of the same commit produce byte-identical output, so a deploy changes exactly the files whose
 * content changed and hashed assets keep their names. Each build starts from an empty cache of its own.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';
import { siteDifferences, siteFiles } from '../helpers/site-files';

function freshBuild(name: string, contentDir?: string): string {
  rmSync(resolve(SITES_DIR, `${name}.cache`), { recursive: true, force: true });
  const build = buildSite(name, contentDir ? { contentDir } : {});
  if (!build.ok) throw new Error(`build ${name} failed:\n${build.output}`);
  return build.outDir;
}

describe('reproducible output', () => {
  it('builds the site twice into byte-identical folders', () => {
    const first = freshBuild('reproducible-a');
    const second = freshBuild('reproducible-b');
    expect(siteFiles(first).length).toBeGreaterThan(5);
    expect(siteDifferences(first, second)).toEqual([]);
  });

  it('builds optimised pictures byte for byte the same', () => {
    const content = resolve(PROJECT_ROOT, 'tests/fixtures/sites/picture-article');
    const first = freshBuild('reproducible-pictures-a', content);
    const second = freshBuild('reproducible-pictures-b', content);
    expect(siteFiles(first).some((file) => file.endsWith('.webp'))).toBe(true);
    expect(siteDifferences(first, second)).toEqual([]);
  });
});
