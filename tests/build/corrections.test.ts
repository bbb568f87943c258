/**
 * Corrections and updates (docs/content.md#corrections-and-updates): dated in the frontmatter, shown where the
 * reader reads the article, in the JSON-LD (`correction`, `dateModified`), the feed item and annotations.json;
 * and an article without any carries none of it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type SiteBuild } from '../helpers/build-site';
import { one, readPage, textOf } from '../helpers/html';

const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/sites/newsroom');

describe('corrections and updates', () => {
  let build: SiteBuild;
  const read = (path: string) => readFileSync(resolve(build.outDir, path), 'utf8');
  const jsonLd = (path: string) => JSON.parse(/<script type=application\/ld\+json>(.*?)<\/script>/s.exec(read(path))?.[1] ?? 'null') as Record<string, unknown>;
  beforeAll(() => {
    build = buildSite('corrections', { contentDir: FIXTURE, env: { SITE_BUILD_TIME: '2026-06-01T00:00Z' } });
    if (!build.ok) throw new Error(`the fixture site does not build:\n${build.output}`);
  });

  it('lists them on the page after the text, dated, each named a correction or an update', () => {
    const page = readPage(build.outDir, 'zh-hant/articles/out-already/');
    const section = textOf(one(page, '.article-footer > #corrections'));
    expect(section).toContain('更正2025年12月3日：本文原稱馬杜羅於週一發言，應為週二。');
    expect(section).toContain('更新2025年12月5日：加入委內瑞拉石油部的回應。');
    // The header's 更新於 is the latest change, the update of the 5th (later than `updated`).
    expect(textOf(one(page, '.article-header .updated'))).toBe('更新於2025年12月5日');
  });

  it('gives the JSON-LD each correction and the latest change as dateModified', () => {
    const data = jsonLd('zh-hant/articles/out-already/index.html');
    expect(data.dateModified).toBe('2025-12-05');
    expect(data.correction).toEqual([{ '@type': 'CorrectionComment', text: '本文原稱馬杜羅於週一發言，應為週二。', datePublished: '2025-12-03' }]);
  });

  it('dates an article given a time at that instant, in the JSON-LD and the feed', () => {
    expect(jsonLd('zh-hant/articles/embargo-by-minute/index.html').datePublished).toBe('2026-03-01T08:00+08:00');
    expect(read('zh-hant/rss.xml')).toContain('<pubDate>Sun, 01 Mar 2026 00:00:00 GMT</pubDate>');
  });

  it('carries them in the feed item, under the description', () => {
    const feed = read('zh-hant/rss.xml');
    const item = /<item>(?:(?!<\/item>).)*out-already(?:(?!<\/item>).)*<\/item>/s.exec(feed)?.[0] ?? '';
    expect(item).toContain('更正（2025年12月3日）：本文原稱馬杜羅於週一發言，應為週二。');
    expect(item).toContain('更新（2025年12月5日）：加入委內瑞拉石油部的回應。');
  });

  it('carries them in annotations.json; an article without any has an empty list, and its page no section', () => {
    const data = JSON.parse(read('zh-hant/articles/out-already/annotations.json')) as { corrections: unknown[] };
    expect(data.corrections).toEqual([
      { date: '2025-12-03', kind: 'correction', text: '本文原稱馬杜羅於週一發言，應為週二。' },
      { date: '2025-12-05', kind: 'update', text: '加入委內瑞拉石油部的回應。' },
    ]);
    expect(JSON.parse(read('zh-hant/articles/embargo-by-day/annotations.json'))).toMatchObject({ corrections: [] });
    const plain = read('zh-hant/articles/embargo-by-day/index.html');
    expect(plain).not.toContain('corrections');
    expect(jsonLd('zh-hant/articles/embargo-by-day/index.html')).not.toHaveProperty('correction');
  });

  it('converts them for the Simplified edition like the rest of the text', () => {
    expect(read('zh-hans/articles/out-already/index.html')).toContain('加入委内瑞拉石油部的回应。');
  });
});
