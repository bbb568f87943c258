/**
 * The articles' links to the site, judged against the addresses the site will have (src/lib/links/): by the
 * routes' own rules for lists and their later pages, from the article's page in every edition.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import type { ArticleAnnotations } from '../../src/lib/annotations/types';
import { collectInternalLinks, deadLinkIssues, makeSiteLinksRelative, ownSitePath, relativeToArticlePage, type SiteAddress } from '../../src/lib/links/internal-links';
import { siteAddress } from '../../src/inputs/site-address';
import { sitePages, type PublishedArticle } from '../../src/lib/links/site-pages';
import { LIST_PAGE_SIZE } from '../../src/lib/paging/page-size';

const NO_ANNOTATIONS: ArticleAnnotations = { mentions: [], quotes: [], figures: [] };

function article(slug: string, overrides: Partial<PublishedArticle> = {}): PublishedArticle {
  return { slug, date: '2025-12-01', topicIds: [], annotations: NO_ANNOTATIONS, textIds: [], hasTimeline: false, ...overrides };
}

/** The problem with `url` written in article `from`, or undefined when it leads somewhere. */
function judge(url: string, articles: PublishedArticle[], actors: string[] = [], from = articles[0]!.slug, drafts: string[] = []): string | undefined {
  const issues = deadLinkIssues([{ file: 'x.md', slug: from, links: [{ url, line: 7 }] }], sitePages(articles, actors), new Map(drafts.map((slug) => [slug, { draft: true }])));
  return issues[0]?.message;
}

describe('links between articles', () => {
  const site = [article('one', { textIds: ['第一節', 'q-maduro-1'] }), article('two', { textIds: ['第二節'] })];

  it('accepts a published article, relative or from the root, in either edition, with or without its slash', () => {
    for (const url of ['../two/', '../two', '/zh-hant/articles/two/', '/zh-hans/articles/two/', '/zh-hant/articles/two/index.html', '../two/?from=one']) expect(judge(url, site), url).toBeUndefined();
  });

  it('names the article a link leads to that does not exist, or is a draft', () => {
    expect(judge('../three/', site)).toBe('../three/: there is no article "three" (no file content/articles/three.md or content/articles/three/index.md)');
    expect(judge('/zh-hans/articles/draft/', site, [], 'one', ['draft'])).toContain('article "draft" is a draft');
  });

  it('checks fragments against the ids of the page they lead to', () => {
    expect(judge('#第一節', site)).toBeUndefined();
    expect(judge('#q-maduro-1', site)).toBeUndefined();
    expect(judge('#%E7%AC%AC%E4%B8%80%E7%AF%80', site)).toBeUndefined();
    expect(judge('../two/#第二節', site)).toBeUndefined();
    expect(judge('#第二節', site)).toBe('#第二節: this article has no heading or anchor with the id "第二節" (it has #第一節)');
    expect(judge('../two/#第一節', site)).toBe('../two/#第一節: article "two" has no heading or anchor with the id "第一節" (it has #第二節)');
  });

  it('knows the ids the article page adds from the annotations: sidebar entries, charts, sections, the hero', () => {
    const annotations: ArticleAnnotations = {
      mentions: [{ id: 'm-maduro-1', actor: 'maduro', text: '馬杜羅', line: 1 }],
      quotes: [{ id: 'q-tass-1', by: 'tass', speakers: ['tass'], via: 'cfr', text: '話', line: 2 }],
      figures: [{ id: 'f-40', value: 40, unit: '%', label: '比例', text: '四成', line: 3, chart: '圖' }],
    };
    const page = [article('one', { annotations, heroImageId: 'lead', hasTimeline: true })];
    for (const id of ['main', 'actor-maduro', 'actor-tass', 'actor-cfr', 'quote-q-tass-1', 'figure-f-40', 'chart-f-40', 'image-lead', 'sidebar-actors', 'sidebar-charts-heading', 'sidebar-timeline']) {
      expect(judge(`#${id}`, page), id).toBeUndefined();
    }
    for (const id of ['actor-trump', 'sidebar-figures', 'chart-f-41', 'image-other']) expect(judge(`#${id}`, page), id).toBeDefined();
  });
});

describe('links to the pages of the site', () => {
  // Two pages and one article: the home (all but its lead), the topic and the month have full numbered pages 1 and 2;
  // the one article beyond them is on the list's own address only.
  const many = Array.from({ length: 2 * LIST_PAGE_SIZE + 1 }, (_, index) => article(`a-${index}`, { date: `2025-11-${String((index % 28) + 1).padStart(2, '0')}`, topicIds: ['oil'] }));

  it('accepts the pages the routes make', () => {
    for (const url of ['../../', '/zh-hans/', '../../page/1/', '../../page/2/', '../../actors/', '../../actors/maduro/', '../../topics/', '../../topics/oil/', '../../topics/oil/page/2/', '../../archive/', '../../archive/2025/11/', '../../archive/2025/11/page/1/', '../../search/', '../../rss.xml', './annotations.json', './highlights.css', '/', '/404.html', '/sitemap-index.xml']) {
      expect(judge(url, many, ['maduro']), url).toBeUndefined();
    }
  });

  it('refuses a list page past the last, and pages of topics, months and actors that do not exist', () => {
    for (const url of ['../../page/3/', '../../page/0/', '../../topics/oil/page/3/', '../../topics/gas/', '../../archive/2025/10/', '../../archive/2025/11/page/3/', '../../actors/trump/', '../../actors/maduro/page/2/', '../../actors/maduro/quotes/', '../', '/zh-hant/articles/', '/zh-tw/']) {
      expect(judge(url, many, ['maduro']), url).toMatch(/there is no (such page on the site|article)/);
    }
  });

  it("pages an actor's articles and quote lists as its page does", () => {
    const quoted: ArticleAnnotations = { mentions: [], quotes: [{ id: 'q-maduro-1', by: 'maduro', speakers: ['maduro'], via: null, text: '話', line: 1 }], figures: [] };
    const articles = Array.from({ length: LIST_PAGE_SIZE + 1 }, (_, index) => article(`a-${index}`, { annotations: quoted }));
    // One page and one article: page 1 is full; the article beyond it is on the list's own address only.
    expect(judge('../../actors/maduro/page/1/', articles, ['maduro'])).toBeUndefined();
    expect(judge('../../actors/maduro/page/2/', articles, ['maduro'])).toBeDefined();
    expect(judge('../../actors/maduro/quotes/', articles, ['maduro'])).toBeUndefined();
    expect(judge('../../actors/maduro/quotes/page/1/', articles, ['maduro'])).toBeUndefined();
    expect(judge('../../actors/maduro/quotes/page/2/', articles, ['maduro'])).toBeDefined();
    expect(judge('../../actors/maduro/reported/', articles, ['maduro'])).toBeDefined();
  });
});

describe("links written as the site's own full address (SITE_URL)", () => {
  const site = [article('one', { textIds: ['第一節'] }), article('two', { textIds: ['第二節'] })];
  const atRoot: SiteAddress = { site: 'https://news.example.org', base: '/' };
  const underBase: SiteAddress = { site: 'https://example.github.io/', base: '/news/' };

  /** The problem with the full address `url` in article one, collected as the pipeline collects it. */
  function judgeFull(url: string, address: SiteAddress): string | undefined {
    const links = collectInternalLinks(fromMarkdown(`\n\n[x](${url})`), address);
    expect(links, url).toHaveLength(1);
    expect(links[0], url).toMatchObject({ url, line: 3 });
    return deadLinkIssues([{ file: 'x.md', slug: 'one', links }], sitePages(site, ['maduro']), new Map())[0]?.message;
  }

  it('reads a full address on the site host, http or https, any case, as the path from the root below the base path', () => {
    expect(decodeURIComponent(ownSitePath('https://news.example.org/zh-hant/articles/two/#第二節', atRoot)!)).toBe('/zh-hant/articles/two/#第二節');
    expect(ownSitePath('http://NEWS.example.org/zh-hans/?q=1', atRoot)).toBe('/zh-hans/?q=1');
    expect(ownSitePath('https://news.example.org', atRoot)).toBe('/');
    expect(ownSitePath('https://example.github.io/news/zh-hant/topics/oil/', underBase)).toBe('/zh-hant/topics/oil/');
    expect(ownSitePath('https://example.github.io/news', underBase)).toBe('/');
    expect(ownSitePath('https://example.github.io/other/zh-hant/', underBase)).toBeNull();
    expect(ownSitePath('https://example.github.io/newsroom/', underBase)).toBeNull();
    for (const url of ['https://www.bbc.com/zhongwen/', 'https://news.example.org.evil.com/zh-hant/', 'https://news.example.org:8443/zh-hant/', 'ftp://news.example.org/zh-hant/', 'mailto:a@news.example.org']) {
      expect(ownSitePath(url, atRoot), url).toBeUndefined();
    }
  });

  it('accepts full addresses of pages and anchors that exist, in either edition', () => {
    for (const url of ['https://news.example.org/zh-hant/articles/two/', 'https://news.example.org/zh-hans/articles/two/#第二節', 'https://news.example.org/zh-hant/actors/maduro/', 'http://news.example.org/', 'https://news.example.org/zh-hant/articles/one/#第一節']) {
      expect(judgeFull(url, atRoot), url).toBeUndefined();
    }
    expect(judgeFull('https://example.github.io/news/zh-hant/articles/two/', underBase)).toBeUndefined();
  });

  it('names the full address that leads nowhere, as the editor wrote it', () => {
    expect(judgeFull('https://news.example.org/zh-hant/articles/three/', atRoot)).toBe(
      'https://news.example.org/zh-hant/articles/three/: there is no article "three" (no file content/articles/three.md or content/articles/three/index.md)',
    );
    expect(judgeFull('https://news.example.org/zh-hans/articles/two/#第一節', atRoot)).toBe(
      'https://news.example.org/zh-hans/articles/two/#第一節: article "two" has no heading or anchor with the id "第一節" (it has #第二節)',
    );
    expect(judgeFull('HTTPS://News.Example.org/zh-hant/topics/nothing/', atRoot)).toMatch(/there is no such page on the site$/);
    expect(judgeFull('https://example.github.io/zh-hant/articles/two/', underBase)).toBe(
      "https://example.github.io/zh-hant/articles/two/: is the site's own address but outside its base path /news/, where no page of the site is: write the address below it, or from the site's root (/zh-hant/…)",
    );
  });

  it('leaves other hosts alone, and reads the address from SITE_URL and BASE_PATH', () => {
    expect(collectInternalLinks(fromMarkdown('[a](https://news.example.org/zh-hant/x/)'), underBase)).toEqual([]);
    expect(collectInternalLinks(fromMarkdown('[a](https://news.example.org/zh-hant/x/)'))).toEqual([]);
    expect(siteAddress({})).toEqual({ site: 'https://news.example.org', base: '/' });
    expect(siteAddress({ SITE_URL: 'https://example.github.io', BASE_PATH: '/news/' })).toEqual({ site: 'https://example.github.io', base: '/news/' });
  });
});

describe('collecting links', () => {
  it('collects links and references as written, with their lines, and leaves other addresses alone', () => {
    const tree = fromMarkdown('[a](../x/) [b](https://example.org/) [c](mailto:a@b.c) [d](//cdn.example.org/)\n\n[e][ref] [f][none]\n\n[ref]: #part\n');
    expect(collectInternalLinks(tree)).toEqual([{ url: '../x/', line: 1 }, { url: '#part', line: 3 }]);
  });

  it("makes links written from the site's root relative to the article page, and no other", () => {
    expect(relativeToArticlePage('/zh-hant/topics/oil/')).toBe('../../../zh-hant/topics/oil/');
    for (const url of ['../x/', '#part', '//cdn.example.org/', 'https://example.org/']) expect(relativeToArticlePage(url)).toBe(url);
    const tree = fromMarkdown('[a](/zh-hant/) [b][r]\n\n[r]: /zh-hans/\n');
    makeSiteLinksRelative(tree);
    expect(JSON.stringify(tree)).toContain('"url":"../../../zh-hant/"');
    expect(JSON.stringify(tree)).toContain('"url":"../../../zh-hans/"');
  });
});
