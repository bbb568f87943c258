/**
 * Fragments of links to pages that are not articles: left by the content sync's link check for the end of the
 * build (src/lib/links/internal-links.ts checkLinks), then judged against the ids of the pages as written
 * (src/lib/links/page-fragments.ts; src/integrations/linked-fragments.ts reads them from the built HTML).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writtenPageIds } from '../../src/integrations/linked-fragments';
import { checkLinks, type FragmentToCheck } from '../../src/lib/links/internal-links';
import { deadFragmentIssues, fragmentsToCheck, setFragmentsToCheck, type PageIds } from '../../src/lib/links/page-fragments';
import { sitePages, type PublishedArticle } from '../../src/lib/links/site-pages';

const article: PublishedArticle = { slug: 'one', date: '2025-11-01', topicIds: ['oil'], annotations: { mentions: [], quotes: [], figures: [] }, textIds: ['第一節'], hasTimeline: false };
const site = sitePages([article], ['maduro']);

/** What the link check makes of `url` written in article one at line 4. */
function check(url: string) {
  return checkLinks([{ file: 'articles/one.md', slug: 'one', links: [{ url, line: 4 }] }], site, new Map());
}

describe('the link check leaves fragments on pages that are not articles for the built pages', () => {
  it('one per page the link opens: each edition for a relative link, the one page for a link from the root', () => {
    expect(check('../../actors/maduro/#actor-company-heading')).toEqual({
      issues: [],
      fragments: [
        { file: 'articles/one.md', line: 4, url: '../../actors/maduro/#actor-company-heading', page: '/zh-hant/actors/maduro/', fragment: 'actor-company-heading' },
        { file: 'articles/one.md', line: 4, url: '../../actors/maduro/#actor-company-heading', page: '/zh-hans/actors/maduro/', fragment: 'actor-company-heading' },
      ],
    });
    for (const url of ['/zh-hans/topics/oil/#main', '/zh-hant/#%E7%AC%AC%E4%B8%80%E7%AF%80', '../../archive/index.html#archive-2025-heading']) {
      const { issues, fragments } = check(url);
      expect(issues, url).toEqual([]);
      expect(fragments.length, url).toBeGreaterThan(0);
    }
    expect(check('/zh-hant/#%E7%AC%AC%E4%B8%80%E7%AF%80').fragments[0]).toMatchObject({ page: '/zh-hant/', fragment: '第一節' });
  });

  it('leaves nothing for links without a fragment or to articles (judged at once), and refuses a fragment on a file that is no page', () => {
    for (const url of ['../../actors/maduro/', '#第一節', '/zh-hant/articles/one/#第一節']) expect(check(url), url).toEqual({ issues: [], fragments: [] });
    expect(check('#nothing').issues).toHaveLength(1);
    for (const url of ['./annotations.json#x', '../../rss.xml#top', '/sitemap-index.xml#a']) {
      const { issues, fragments } = check(url);
      expect(fragments, url).toEqual([]);
      expect(issues[0]?.message, url).toMatch(/ is not a page: the fragment #\S+ leads nowhere in it; remove the fragment$/);
    }
    // A page that does not exist is refused as before, its fragment never looked at.
    expect(check('../../actors/nobody/#main').issues[0]?.message).toContain('there is no such page on the site');
  });

  it('hands them from the content sync to the end of the build, the last sync replacing the one before', () => {
    const fragments = check('../../topics/oil/#main').fragments;
    setFragmentsToCheck(fragments);
    expect(fragmentsToCheck()).toEqual(fragments);
    setFragmentsToCheck([]);
    expect(fragmentsToCheck()).toEqual([]);
  });
});

describe('judging the fragments against the written pages', () => {
  const pages: Record<string, PageIds> = {
    '/zh-hant/actors/maduro/': { ids: new Set(['main', 'actor-articles-heading', 'm-1']), headings: ['actor-articles-heading'] },
    '/zh-hans/actors/maduro/': { ids: new Set(['main']), headings: [] },
  };
  const idsOf = (page: string) => pages[page];
  const fragment = (page: string, id: string, line = 4): FragmentToCheck => ({ file: 'articles/one.md', line, url: `../../actors/maduro/#${id}`, page, fragment: id });

  it('accepts an id the page carries, in every edition', () => {
    expect(deadFragmentIssues([fragment('/zh-hant/actors/maduro/', 'main'), fragment('/zh-hans/actors/maduro/', 'main')], idsOf)).toEqual([]);
  });

  it('names a fragment a page lacks at the link, once even when both editions lack it, with the headings it has', () => {
    expect(deadFragmentIssues([fragment('/zh-hant/actors/maduro/', 'nothing'), fragment('/zh-hans/actors/maduro/', 'nothing')], idsOf)).toEqual([
      {
        file: 'articles/one.md',
        line: 4,
        field: 'link',
        message: '../../actors/maduro/#nothing: the page /zh-hant/actors/maduro/ has no element with the id "nothing" (its headings: #actor-articles-heading); link to the page alone, or to one of its ids',
      },
    ]);
    // Only one edition's page lacks it: still dead, for the readers of that edition.
    expect(deadFragmentIssues([fragment('/zh-hant/actors/maduro/', 'actor-articles-heading'), fragment('/zh-hans/actors/maduro/', 'actor-articles-heading')], idsOf)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('the page /zh-hans/actors/maduro/ has no element with the id "actor-articles-heading";') }),
    ]);
    expect(deadFragmentIssues([fragment('/zh-hant/topics/gone/', 'main')], idsOf)[0]?.message).toContain('the page /zh-hant/topics/gone/ was not written by this build');
  });

  it('lists the issues by file and line', () => {
    const issues = deadFragmentIssues([fragment('/zh-hans/actors/maduro/', 'b', 9), { ...fragment('/zh-hans/actors/maduro/', 'a', 2), file: 'articles/a.md' }, fragment('/zh-hans/actors/maduro/', 'c', 3)], idsOf);
    expect(issues.map(({ file, line }) => `${file}:${line}`)).toEqual(['articles/a.md:2', 'articles/one.md:3', 'articles/one.md:9']);
  });
});

describe('the ids of a written page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-fragments-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are every element id as the browser reads it (entities decoded), headings apart; none for a page not written', () => {
    const file = join(dir, 'index.html');
    writeFileSync(file, '<!doctype html><main id="main"><h2 id="a&amp;b">x</h2><section id="第一節"><h3 id="s">y</h3></section><p data-id="no">z</p></main>');
    expect(writtenPageIds(file)).toEqual({ ids: new Set(['main', 'a&b', '第一節', 's']), headings: ['a&b', 's'] });
    expect(writtenPageIds(join(dir, 'missing.html'))).toBeUndefined();
  });
});
