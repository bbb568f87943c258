/**
 * Embargoes and drafts (docs/content.md#drafts-and-embargoes): an article whose publication time is later than
 * the build's clock (SITE_BUILD_TIME here) is published nowhere, not one byte of it, and the build says which
 * articles it holds back and until when; a build whose clock has passed that time (the scheduled rebuild)
 * publishes it everywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type SiteBuild } from '../helpers/build-site';

const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/sites/newsroom');

/** Every file of the built site as text: pages, feeds, the sitemap, open data, and Pagefind's records unzipped. */
function siteText(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = resolve(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    if (/\.(html|xml|json|txt|css|js)$/.test(entry.name)) texts.set(path, bytes.toString('utf8'));
    else if (/\.pf_(fragment|meta|index)$/.test(entry.name) || entry.parentPath.endsWith('fragment')) texts.set(path, gunzipSync(bytes).toString('utf8'));
  }
  return texts;
}

/** Files of the built site that name `needle`, relative to the site. */
function filesNaming(build: SiteBuild, needle: string): string[] {
  return [...siteText(build.outDir)].filter(([, text]) => text.includes(needle)).map(([path]) => path.slice(build.outDir.length + 1));
}

const HELD = [
  { slug: 'embargo-by-day', title: '按日禁發的測試文章甲', until: '2026-03-01 00:00 (UTC+08:00)' },
  { slug: 'embargo-by-minute', title: '定時禁發的測試文章乙', until: '2026-03-01 08:00 (UTC+08:00)' },
];

describe('a build before the embargoes end', () => {
  let build: SiteBuild;
  beforeAll(() => {
    build = buildSite('embargo-before', { contentDir: FIXTURE, env: { SITE_BUILD_TIME: '2026-02-28T23:59+08:00' } });
    if (!build.ok) throw new Error(`the fixture site does not build:\n${build.output}`);
  });

  it('publishes the article whose time has come', () => {
    expect(filesNaming(build, 'out-already')).toEqual(expect.arrayContaining(['zh-hant/articles/out-already/index.html', 'zh-hant/rss.xml', 'zh-hant/index.html']));
  });

  it.each(HELD)('publishes $slug nowhere: no page, list, count, feed, sitemap entry, search record or open data', ({ slug, title }) => {
    expect(filesNaming(build, slug)).toEqual([]);
    expect(filesNaming(build, title)).toEqual([]);
  });

  it('publishes a draft nowhere', () => {
    expect(filesNaming(build, 'work-in-progress')).toEqual([]);
    expect(filesNaming(build, '尚未完成的草稿丙')).toEqual([]);
  });

  it('leaves what only held articles name out of every list: the quote, the figure, the topic they alone carry', () => {
    expect(filesNaming(build, '禁發測試的引語')).toEqual([]);
    expect(filesNaming(build, '禁發測試日產量')).toEqual([]);
    // Only held articles carry the topic 能源: it has no page yet, and the topic index does not count it.
    expect(existsSync(resolve(build.outDir, 'zh-hant/topics/energy/index.html'))).toBe(false);
    expect(readFileSync(resolve(build.outDir, 'zh-hant/topics/index.html'), 'utf8')).not.toContain('能源');
  });

  it('says which articles it holds back and until when, with the clock it used', () => {
    for (const { slug, until } of HELD) {
      expect(build.output).toContain(`newsroom/articles/${slug}.md: held back until ${until} (the build's clock: 2026-02-28 23:59 (UTC+08:00), from SITE_BUILD_TIME)`);
    }
    expect(build.output).toContain('newsroom/articles/work-in-progress.md: draft (draft: true): not published');
  });
});

describe('the scheduled rebuild, once an embargo has passed', () => {
  let build: SiteBuild;
  beforeAll(() => {
    build = buildSite('embargo-after', { contentDir: FIXTURE, env: { SITE_BUILD_TIME: '2026-03-01T00:00:00Z' } });
    if (!build.ok) throw new Error(`the fixture site does not build:\n${build.output}`);
  });

  it('publishes the article dated by day once its day has begun in the newsroom (UTC+8), everywhere', () => {
    // Lists write headlines in phrases (<wbr> between them): found by their links, the search record by its title.
    const files = filesNaming(build, 'embargo-by-day');
    expect(files).toEqual(
      expect.arrayContaining([
        'zh-hant/articles/embargo-by-day/index.html',
        'zh-hant/index.html',
        'zh-hant/rss.xml',
        'zh-hant/topics/energy/index.html',
        'zh-hant/archive/2026/03/index.html',
        'zh-hant/actors/tepco/index.html',
        'sitemap-articles-2026.xml',
        'zh-hant/articles/embargo-by-day/annotations.json',
      ]),
    );
    expect(filesNaming(build, '按日禁發的測試文章甲').some((file) => /^pagefind\/zh-hant\/2026\/fragment\//.test(file))).toBe(true);
  });

  it('publishes the article timed at 08:00+08:00 at that instant (00:00 UTC), written in another zone', () => {
    expect(filesNaming(build, 'embargo-by-minute')).toEqual(expect.arrayContaining(['zh-hant/articles/embargo-by-minute/index.html', 'zh-hant/rss.xml']));
  });
});
