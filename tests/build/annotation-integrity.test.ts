/**
 * Annotation errors stop the real build (articles render while pages are built), naming file, line and id.
 * Each case starts from the seed article and breaks one thing.
 */
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site';
import { contentWith, lineOf } from '../helpers/broken-content';
import { all, one, readPage, textOf } from '../helpers/html';



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

  it('names file, line and id of an anchor id written twice', () => {
    const { dir, source } = contentWith('duplicate-anchor', (s) =>
      s.replace('{by=ryabkov via=tass}', '{by=ryabkov via=tass #same-words}').replace('{by=zakharova}', '{by=zakharova #same-words}'),
    );
    const build = buildSite('bad-duplicate-anchor', { contentDir: dir });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      `articles/broken.md:${lineOf(source, '{by=ryabkov via=tass #same-words}')}: id: anchor id "same-words" is already used on line ${lineOf(source, '{by=zakharova #same-words}')}`,
    );
  });

  it('lets a generated anchor step aside for an id the editor wrote', () => {
    const { dir } = contentWith('explicit-anchor', (s) => s.replace('{by=ryabkov via=tass}', '{by=ryabkov via=tass #q-zakharova-1}'));
    const build = buildSite('explicit-anchor', { contentDir: dir });
    expect(build.ok, build.output).toBe(true);
    const page = readPage(build.outDir, '/zh-hant/articles/broken/');
    expect(all(page, '[id="q-zakharova-1-2"]')).toHaveLength(1);
    expect(all(page, '[id="q-zakharova-1"]')).toHaveLength(1);
  });

  // A URL ends at a space: GFM's autolinking would otherwise take the CJK comma after it into the address.
  it('keeps prose colons verbatim next to annotations', () => {
    const { dir } = contentWith('colons', (s) => s.replace('但他拒絕進一步評論。', '但他拒絕進一步評論。時間10:30，網址 https://x.y:80/a 照樣可讀，比分2:1。'));
    const build = buildSite('colons', { contentDir: dir });
    expect(build.ok, build.output).toBe(true);
    const page = readPage(build.outDir, '/zh-hant/articles/broken/');
    const link = one(page, '.article-body a[href="https://x.y:80/a"]');
    expect(textOf(link)).toBe('https://x.y:80/a');
    const paragraph = all(page, '.article-body p').find((p) => textOf(p).includes('時間10:30'))!;
    expect(textOf(paragraph).endsWith('」，但他拒絕進一步評論。時間10:30，網址 https://x.y:80/a 照樣可讀，比分2:1。')).toBe(true);
  });
});
