/**
 * Annotation errors stop the real build (articles render while pages are built), naming file, line and id.
 * Each case starts from the seed article and breaks one thing.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';
import { SEED_MARKDOWN_FILE } from '../helpers/seed';

const seed = readFileSync(SEED_MARKDOWN_FILE, 'utf8');

function contentWith(name: string, change: (source: string) => string): { dir: string; source: string } {
  const dir = resolve(SITES_DIR, `content-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(resolve(dir, 'articles'), { recursive: true });
  cpSync(resolve(PROJECT_ROOT, 'content/actors'), resolve(dir, 'actors'), { recursive: true });
  const source = change(seed);
  if (source === seed) throw new Error(`case ${name} changed nothing`);
  writeFileSync(resolve(dir, 'articles/broken.md'), source);
  return { dir, source };
}

function lineOf(source: string, needle: string): number {
  const index = source.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in source`);
  return source.slice(0, index).split('\n').length;
}

describe('annotation integrity in the build', () => {
  it('names file, line and id of an unknown actor in ref, by and via', () => {
    const { dir, source } = contentWith('unknown-actors', (s) =>
      s
        .replace(':actor[塔斯社]{ref=tass}', ':actor[塔斯社]{ref=tas}')
        .replace('{by=zakharova}', '{by=zaharova}')
        .replace('{by=peskov via=tass}', '{by=peskov via=reuters}'),
    );
    const build = buildSite('bad-unknown-actors', { contentDir: dir });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`articles/broken.md:${lineOf(source, '{ref=tas}')}: ref: unknown actor "tas"`);
    expect(build.output).toContain(`articles/broken.md:${lineOf(source, '{by=zaharova}')}: by: unknown actor "zaharova"`);
    expect(build.output).toContain(`articles/broken.md:${lineOf(source, 'via=reuters')}: via: unknown actor "reuters"`);
  });

  it('names file, line and id of an anchor id used twice', () => {
    const { dir, source } = contentWith('duplicate-anchor', (s) => s.replace('{by=ryabkov via=tass}', '{by=ryabkov via=tass #q-zakharova-1}'));
    const build = buildSite('bad-duplicate-anchor', { contentDir: dir });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      `articles/broken.md:${lineOf(source, '#q-zakharova-1')}: id: anchor id "q-zakharova-1" is already used on line ${lineOf(source, '{by=zakharova}')}`,
    );
  });

  // A URL ends at a space: GFM's autolinking would otherwise take the CJK comma after it into the address.
  it('keeps prose colons verbatim next to annotations', () => {
    const { dir } = contentWith('colons', (s) => s.replace('但他拒絕進一步評論。', '但他拒絕進一步評論。時間10:30，網址 https://x.y:80/a 照樣可讀，比分2:1。'));
    const build = buildSite('colons', { contentDir: dir });
    expect(build.ok, build.output).toBe(true);
    const html = readFileSync(resolve(build.outDir, 'zh-hant/articles/broken/index.html'), 'utf8');
    expect(html).toContain('」，但他拒絕進一步評論。時間10:30，網址 <a href="https://x.y:80/a">https://x.y:80/a</a> 照樣可讀，比分2:1。</p>');
  });
});
