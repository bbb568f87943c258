/** Sorting built pages into kinds, so tests and the bench cover each template once per edition. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyPage, listPagePaths, representativePages } from '../../scripts/lib/page-kinds.mjs';

const site = mkdtempSync(join(tmpdir(), 'page-kinds-'));
for (const file of [
  'index.html',
  '404.html',
  'zh-hant/index.html',
  'zh-hant/articles/b-second/index.html',
  'zh-hant/articles/a-first/index.html',
  'zh-hans/articles/a-first/index.html',
  'zh-hant/actors/maduro/index.html',
  'zh-hant/actors/index.html',
  '_astro/app.css',
]) {
  mkdirSync(dirname(join(site, file)), { recursive: true });
  writeFileSync(join(site, file), '');
}
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('page kinds', () => {
  it('lists every HTML page by its URL path', () => {
    expect(listPagePaths(site)).toEqual([
      '/',
      '/404.html',
      '/zh-hans/articles/a-first/',
      '/zh-hant/',
      '/zh-hant/actors/',
      '/zh-hant/actors/maduro/',
      '/zh-hant/articles/a-first/',
      '/zh-hant/articles/b-second/',
    ]);
  });

  it('names the kind and edition of a path', () => {
    expect(classifyPage('/zh-hans/articles/a-first/')).toEqual({
      path: '/zh-hans/articles/a-first/',
      kind: 'article',
      edition: 'zh-hans',
    });
    expect(classifyPage('/zh-hant/actors/maduro/').kind).toBe('actor');
    expect(classifyPage('/zh-hant/actors/').kind).toBe('actors index');
    expect(classifyPage('/zh-hant/actors/names/').kind).toBe('actors by name');
    expect(classifyPage('/zh-hant/actors/names/page/2/').kind).toBe('actors by name, later page');
    expect(classifyPage('/zh-hant/series/oil-output/').kind).toBe('series');
    expect(classifyPage('/zh-hant/series/').kind).toBe('series index');
    expect(classifyPage('/zh-hant/').kind).toBe('edition home');
    expect(classifyPage('/').kind).toBe('root');
    expect(classifyPage('/404.html')).toEqual({ path: '/404.html', kind: 'not found', edition: undefined });
    expect(classifyPage('/zh-hans/404.html')).toEqual({ path: '/zh-hans/404.html', kind: 'not found', edition: 'zh-hans' });
  });

  it('tells the kinds of paged lists apart, and their later pages from their first', () => {
    const kind = (path: string) => classifyPage(path).kind;
    expect(kind('/zh-hant/page/2/')).toBe('edition home, later page');
    expect(kind('/zh-hant/topics/')).toBe('topics index');
    expect(kind('/zh-hant/topics/energy/')).toBe('topic');
    expect(kind('/zh-hant/topics/energy/page/12/')).toBe('topic, later page');
    expect(kind('/zh-hant/archive/')).toBe('archive index');
    expect(kind('/zh-hant/archive/2025/12/')).toBe('archive month');
    expect(kind('/zh-hans/archive/2025/12/page/3/')).toBe('archive month, later page');
    expect(kind('/zh-hant/actors/maduro/page/2/')).toBe('actor, later page');
    expect(kind('/zh-hant/actors/maduro/quotes/')).toBe('actor quotes');
    expect(kind('/zh-hant/actors/tass/reported/page/2/')).toBe('actor reported, later page');
    expect(classifyPage('/zh-hans/topics/energy/page/2/').edition).toBe('zh-hans');
  });

  it('picks the first page of each kind in each edition', () => {
    expect(representativePages(site).map((page) => page.path)).toEqual([
      '/',
      '/404.html',
      '/zh-hans/articles/a-first/',
      '/zh-hant/',
      '/zh-hant/actors/',
      '/zh-hant/actors/maduro/',
      '/zh-hant/articles/a-first/',
    ]);
  });
});
