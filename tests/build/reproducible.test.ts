/**
 * Two builds of the same commit produce byte-identical output, so a deploy changes exactly the files whose
 * content changed and hashed assets keep their names. Each build starts from an empty cache of its own.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => resolve(entry.parentPath, entry.name).slice(dir.length + 1).split(sep).join('/'))
    .sort();
}

function freshBuild(name: string, contentDir?: string): string {
  rmSync(resolve(SITES_DIR, `${name}.cache`), { recursive: true, force: true });
  const build = buildSite(name, contentDir ? { contentDir } : {});
  if (!build.ok) throw new Error(`build ${name} failed:\n${build.output}`);
  return build.outDir;
}

/** Files only in one build, and files whose bytes differ. */
function differences(a: string, b: string): string[] {
  const inA = files(a);
  const inB = files(b);
  const onlyA = inA.filter((file) => !inB.includes(file)).map((file) => `only in the first build: ${file}`);
  const onlyB = inB.filter((file) => !inA.includes(file)).map((file) => `only in the second build: ${file}`);
  const changed = inA
    .filter((file) => inB.includes(file))
    .filter((file) => !readFileSync(resolve(a, file)).equals(readFileSync(resolve(b, file))))
    .map((file) => `differs: ${file}`);
  return [...onlyA, ...onlyB, ...changed];
}

describe('reproducible output', () => {
  it('builds the site twice into byte-identical folders', () => {
    const first = freshBuild('reproducible-a');
    const second = freshBuild('reproducible-b');
    expect(files(first).length).toBeGreaterThan(5);
    expect(differences(first, second)).toEqual([]);
  });

  it('builds optimised pictures byte for byte the same', () => {
    const content = resolve(PROJECT_ROOT, 'tests/fixtures/sites/picture-article');
    const first = freshBuild('reproducible-pictures-a', content);
    const second = freshBuild('reproducible-pictures-b', content);
    expect(files(first).some((file) => file.endsWith('.webp'))).toBe(true);
    expect(differences(first, second)).toEqual([]);
  });
});
