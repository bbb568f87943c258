/** Which navigation link marks the reader's place (aria-current). */
import { describe, expect, it } from 'vitest';
import { SITE_WORDS } from '../../src/lib/editions/site-words';
import { NAV_ITEMS, navCurrent } from '../../src/lib/navigation';
import { withBase } from '../../src/lib/paths';

const hrefs = (base: string) => NAV_ITEMS.map((item) => ({ label: SITE_WORDS['zh-hant'].nav[item.label], href: withBase(base, item.path('zh-hant')), covers: item.coversSubpages }));

function current(pathname: string, base = '/'): [string, string][] {
  return hrefs(base).flatMap(({ label, href, covers }) => {
    const state = navCurrent(pathname, href, covers);
    return state ? [[label, state] as [string, string]] : [];
  });
}

describe('the current section of the navigation', () => {
  it('marks the page a link points to as the current page', () => {
    expect(current('/zh-hant/')).toEqual([['首頁', 'page']]);
    expect(current('/zh-hant/actors/')).toEqual([['人物', 'page']]);
    expect(current('/zh-hant/search/')).toEqual([['搜尋', 'page']]);
  });

  it("marks an actor's page as within 人物, not as the home page", () => {
    expect(current('/zh-hant/actors/maduro/')).toEqual([['人物', 'true']]);
  });

  it('marks the later pages of a list as within its section: the home, a topic, a month', () => {
    expect(current('/zh-hant/page/3/')).toEqual([['首頁', 'true']]);
    expect(current('/zh-hant/topics/energy/page/2/')).toEqual([['主題', 'true']]);
    expect(current('/zh-hant/archive/2025/12/')).toEqual([['存檔', 'true']]);
  });

  it('marks nothing on an article page', () => {
    expect(current('/zh-hant/articles/x/')).toEqual([]);
  });

  it('works under a base path and without the trailing slash', () => {
    expect(current('/news/zh-hant/actors/maduro', '/news/')).toEqual([['人物', 'true']]);
    expect(current('/news/zh-hant/', '/news/')).toEqual([['首頁', 'page']]);
  });
});
