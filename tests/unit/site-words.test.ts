/**
 * The site's own words: one catalogue per edition (src/lib/editions/site-words), the Simplified one written for
 * mainland readers. These tests hold the catalogues to what that promises: every Simplified word survives the
 * page's conversion as written (else the reviewed word would be silently rewritten), the reviewed choices stand,
 * and no component, layout or page writes a word of its own outside the catalogues.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteOverrides } from '../../src/inputs/conversion-file';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { SITE_WORDS, siteWords } from '../../src/lib/editions/site-words';
import { PROJECT_ROOT } from '../helpers/build-site';

/** Every word of a catalogue, with its key path; functions are called with sample arguments of their kind. */
function everyWord(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (typeof value === 'function') {
    // Counts for the numeric parameters, a name for the others: the words around them are what is checked.
    const samples = Array.from({ length: value.length }, (_, index) => (index === 0 ? '委內瑞拉' : 3));
    const numeric = Array.from({ length: value.length }, () => 3);
    return [
      [path.join('.'), String((value as (...args: unknown[]) => unknown)(...numeric))],
      [`${path.join('.')}(name)`, String((value as (...args: unknown[]) => unknown)(...samples))],
    ];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => everyWord(child, [...path, key]));
  return [];
}

const hant = everyWord(SITE_WORDS['zh-hant']);
const hans = everyWord(SITE_WORDS['zh-hans']);
const pageConverter = simplifiedConverter(readSiteOverrides(resolve(PROJECT_ROOT, 'content/conversion.yaml')));

describe("the site's own words", () => {
  it('has the same entries in both editions', () => {
    expect(hans.map(([key]) => key)).toEqual(hant.map(([key]) => key));
  });

  it("keeps every Simplified word as written through the page's conversion", () => {
    // The Simplified sample name is what the conversion makes of the Traditional one: only the words around it count.
    const rewritten = hans
      .map(([key, word]) => [key, word.replaceAll('委內瑞拉', '委内瑞拉'), pageConverter.convert(word.replaceAll('委內瑞拉', '委内瑞拉'))])
      .filter(([, word, converted]) => word !== converted);
    expect(rewritten).toEqual([]);
  });

  it('uses the reviewed mainland words, not the converted Taiwanese ones', () => {
    const words = SITE_WORDS['zh-hans'];
    expect(words.sidebars.actorPage).toBe('主页');
    expect(words.sidebars.sections.quotes.heading).toBe('引语');
    expect(words.sidebars.otherActors(12)).toBe('其余 12 个');
    expect(words.nav.archive).toBe('归档');
    expect(words.nav.search).toBe('搜索');
    expect(words.siteNavigation).toBe('网站导航');
    expect(words.units.quotes).toBe('条');
    // What a character-by-character conversion of the Traditional words would have given instead.
    const converted = SITE_WORDS['zh-hant'];
    expect(pageConverter.convert(converted.sidebars.actorPage)).toBe('专页');
    expect(pageConverter.convert(converted.nav.archive)).toBe('存档');
  });

  it('counts the folded actors with a word that fits people, states and organisations alike', () => {
    expect(SITE_WORDS['zh-hant'].sidebars.otherActors(20)).toBe('其餘 20 個');
  });

  it('gives the words of an edition by the edition or its id, and names an unknown one', () => {
    expect(siteWords('zh-hans')).toBe(SITE_WORDS['zh-hans']);
    expect(() => siteWords('zh-tw')).toThrow(/zh-tw/);
    expect(() => siteWords(undefined)).toThrow(/no edition/);
  });
});

/** The source files that render pages: they take every word they show from the catalogues. */
function renderingFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return renderingFiles(path);
    return /\.(astro|ts)$/.test(entry.name) ? [path] : [];
  });
}

/** Han characters in the code of a file, its comments left out. */
function wordsInCode(text: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return code.match(/[\u4e00-\u9fff]+/g) ?? [];
}

describe('one place for the words', () => {
  const folders = ['src/components', 'src/layouts', 'src/pages', 'src/scripts', 'src/lib/navigation.ts', 'src/lib/sidebars', 'src/lib/paging'];
  const files = folders.flatMap((folder) => {
    const path = resolve(PROJECT_ROOT, folder);
    return /\.ts$/.test(folder) ? [path] : renderingFiles(path);
  });

  it('finds the rendering files', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('writes no word in a component, layout or page: they come from src/lib/editions/site-words', () => {
    const strays = files
      .map((file) => [relative(PROJECT_ROOT, file), wordsInCode(readFileSync(file, 'utf8'))] as const)
      .filter(([, words]) => words.length > 0);
    expect(strays).toEqual([]);
  });
});
