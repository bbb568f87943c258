/**
 * An article's own `conversion` map reaches every page that shows its words, not only its own page: the home
 * page's card, its topic and month pages, the actor page's row and quote, the feed item and the search record
 * (tests/fixtures/sites/article-map: `freight-rates` maps 海運 to 航运; `company-video`, with no map, keeps 海运).
 * The same build prints the Taiwan words left in the Simplified text (src/lib/editions/conversion/words-to-check.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type SiteBuild } from '../helpers/build-site';
import { all, one, readPage, textOf } from '../helpers/html';
import { tidyExcerpt } from '../../src/lib/search/search-text';

const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/sites/article-map');
const MAPPED_TITLE = '航运运价再度上涨';
const MAPPED_DEK = '测试用：航运公司表示运价上涨。';
const OTHER_TITLE = '海运公司回应运价';

/** The text of each list entry (card, row, quote) marked with `slug` on a built page. */
function entriesOf(dir: string, path: string, slug: string): string[] {
  return all(readPage(dir, path), `[data-slug="${slug}"]`).map(textOf);
}

/** Pagefind's record of each page it indexed in an edition (in every part, a year each): gzip, a signature, then JSON. */
function searchRecords(dir: string, edition: string): { url: string; content: string; meta: { title?: string } }[] {
  const bundle = resolve(dir, 'pagefind', edition);
  const fragments = readdirSync(bundle, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((part) => readdirSync(resolve(bundle, part.name, 'fragment')).map((file) => resolve(bundle, part.name, 'fragment', file)));
  return fragments.map((file) => {
    const json = gunzipSync(readFileSync(file)).toString('utf8').replace(/^pagefind_dcd/, '');
    const record = JSON.parse(json) as { url: string; content: string; meta: { title?: string } };
    // Pagefind separates the words it segmented with zero-width spaces.
    return { ...record, content: record.content.replaceAll('\u200b', '') };
  });
}

describe("an article's own map wherever its words are shown", () => {
  let build: SiteBuild;
  beforeAll(() => {
    build = buildSite('article-map', { contentDir: FIXTURE });
    if (!build.ok) throw new Error(`the fixture site does not build:\n${build.output}`);
  });

  it('on the Simplified home page card, and not on the other article\'s', () => {
    expect(entriesOf(build.outDir, '/zh-hans/', 'freight-rates').join('')).toContain(MAPPED_TITLE);
    expect(entriesOf(build.outDir, '/zh-hans/', 'freight-rates').join('')).toContain(MAPPED_DEK);
    expect(entriesOf(build.outDir, '/zh-hans/', 'company-video').join('')).toContain(OTHER_TITLE);
  });

  it('on the topic page and the month page', () => {
    for (const path of ['/zh-hans/topics/shipping/', '/zh-hans/archive/2025/12/']) {
      expect(entriesOf(build.outDir, path, 'freight-rates').join(''), path).toContain(MAPPED_TITLE);
      expect(entriesOf(build.outDir, path, 'company-video').join(''), path).toContain(OTHER_TITLE);
    }
  });

  it("on the actor page's article row and quote", () => {
    const entries = entriesOf(build.outDir, '/zh-hans/actors/maduro/', 'freight-rates');
    expect(entries.some((entry) => entry.includes(MAPPED_TITLE))).toBe(true);
    expect(entries.some((entry) => entry.includes('“航运受阻”'))).toBe(true);
    expect(textOf(one(readPage(build.outDir, '/zh-hans/actors/maduro/'), 'main'))).not.toContain('海运受阻');
  });

  it('in the RSS item', () => {
    const feed = readFileSync(resolve(build.outDir, 'zh-hans/rss.xml'), 'utf8');
    expect(feed).toContain(`<title>${MAPPED_TITLE}</title>`);
    expect(feed).toContain(`<description>${MAPPED_DEK}</description>`);
    expect(feed).toContain(`<title>${OTHER_TITLE}</title>`);
  });

  it('in the search record of the Simplified edition', () => {
    const record = searchRecords(build.outDir, 'zh-hans').find(({ url }) => url.endsWith('/articles/freight-rates/'));
    expect(record?.meta.title).toBe(MAPPED_TITLE);
    // The index holds each Han character as a word (src/lib/search/search-text.ts): read as a result shows it.
    expect(tidyExcerpt(record?.content ?? '')).toContain('航运受阻');
  });

  it('names, with file and line, the Taiwan word left in the other article, and not the one the vocabulary converts', () => {
    const lines = build.output.split('\n').filter((line) => line.includes(' is left as Taiwan writes it'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/article-map\/articles\/company-video\.md:13: 影片 is left as Taiwan writes it in the Simplified edition/);
  });
});
