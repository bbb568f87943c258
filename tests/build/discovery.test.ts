/** Feeds, sitemap, robots.txt and the 404 page of the seed build: what readers and crawlers find the site by. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_EDITIONS } from '../../src/lib/editions/static-paths';
import { SEED_SITE_DIR } from '../helpers/build-site';
import { all, one, readPage, textOf } from '../helpers/html';
import { SEED_SLUG } from '../helpers/seed';
import { htmlFiles, pageUrl, problemWith } from '../helpers/site-links';

const SITE = process.env.SITE_URL ?? 'https://news.example.org';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['item', 'url', 'xhtml:link', 'sitemap', 'category'].includes(name) });

function readXml(path: string): Record<string, any> {
  return xml.parse(readFileSync(resolve(SEED_SITE_DIR, path), 'utf8')) as Record<string, any>;
}

function resolves(url: string): boolean {
  return problemWith(SEED_SITE_DIR, { page: '', where: 'xml', url }, { site: SITE }) === undefined;
}

describe('RSS feeds', () => {
  for (const edition of PUBLISHED_EDITIONS) {
    describe(`/${edition.id}/rss.xml`, () => {
      const channel = readXml(`${edition.id}/rss.xml`).rss.channel;

      it('is an RSS 2.0 channel for the edition, linking to its home page', () => {
        expect(readXml(`${edition.id}/rss.xml`).rss.version).toBe('2.0');
        expect(channel.link).toBe(`${SITE}/${edition.id}/`);
        expect(channel.language).toBe(edition.lang);
      });

      it('lists the seed article with its title, address, date and standfirst', () => {
        const item = channel.item.find((entry: any) => entry.link.endsWith(`/articles/${SEED_SLUG}/`));
        // The Simplified feed is converted like every other /zh-hans/ response.
        const title = { 'zh-hant': '委內瑞拉是否已被其兩大盟友——中俄拋棄？', 'zh-hans': '委内瑞拉是否已被其两大盟友——中俄抛弃？' };
        expect(item.title).toBe(title[edition.id]);
        expect(item.link).toBe(`${SITE}/${edition.id}/articles/${SEED_SLUG}/`);
        expect(item.pubDate).toBe('Thu, 11 Dec 2025 00:00:00 GMT');
        expect(item.description).toMatch(edition.id === 'zh-hant' ? /^專家指出/ : /^专家指出/);
      });

      it('links only to pages that exist', () => {
        expect(channel.item.map((entry: any) => entry.link).filter((link: string) => !resolves(link))).toEqual([]);
      });
    });
  }

  it('is linked from the head of every page of its edition, and from the root pages', () => {
    for (const page of htmlFiles(SEED_SITE_DIR)) {
      const feeds = all(readPage(SEED_SITE_DIR, pageUrl(page)), 'head link[rel=alternate][type="application/rss+xml"]');
      const hrefs = feeds.map((link) => String(link.properties.href));
      const edition = PUBLISHED_EDITIONS.find((candidate) => page.startsWith(`${candidate.id}/`));
      const expected = edition ? [edition] : PUBLISHED_EDITIONS;
      expect(hrefs, page).toEqual(expected.map((candidate) => `/${candidate.id}/rss.xml`));
    }
  });
});

describe('sitemap', () => {
  const index = readXml('sitemap-index.xml');
  const parts: string[] = index.sitemapindex.sitemap.map((entry: any) => entry.loc);
  const urls: any[] = parts.flatMap((part) => readXml(part.slice(`${SITE}/`.length)).urlset.url);

  it('is indexed by sitemap-index.xml: the article pages of each year in a part of their own, the other pages in one', () => {
    expect(parts).toEqual([`${SITE}/sitemap-articles-2025.xml`, `${SITE}/sitemap-pages.xml`]);
    for (const entry of readXml('sitemap-articles-2025.xml').urlset.url) expect(entry.loc).toMatch(/\/articles\/[^/]+\/$/);
    for (const entry of readXml('sitemap-pages.xml').urlset.url) expect(entry.loc).not.toMatch(/\/articles\//);
  });

  it('lists every edition page, and neither the forwarding root nor the 404 pages', () => {
    const listed = urls.map((entry) => entry.loc).sort();
    const pages = htmlFiles(SEED_SITE_DIR)
      .filter((page) => page !== 'index.html' && !page.endsWith('404.html'))
      .map((page) => `${SITE}${pageUrl(page)}`)
      .sort();
    expect(listed).toEqual(pages);
  });

  it('lists, for a page that exists in both editions, the other as an hreflang alternate', () => {
    for (const entry of urls) {
      const alternates: any[] = entry['xhtml:link'] ?? [];
      for (const alternate of alternates) {
        expect(alternate.rel).toBe('alternate');
        expect(PUBLISHED_EDITIONS.map((edition) => edition.lang)).toContain(alternate.hreflang);
        expect(resolves(alternate.href), alternate.href).toBe(true);
      }
      const [, editionId, rest] = /^https?:\/\/[^/]+\/([^/]+)\/(.*)$/.exec(entry.loc) ?? [];
      for (const other of PUBLISHED_EDITIONS.filter((edition) => edition.id !== editionId)) {
        const twin = `${SITE}/${other.id}/${rest}`;
        if (resolves(twin)) expect(alternates.map((alternate) => alternate.href), entry.loc).toContain(twin);
      }
    }
  });
});

describe('robots.txt', () => {
  const robots = readFileSync(resolve(SEED_SITE_DIR, 'robots.txt'), 'utf8');

  it('allows crawling and points to the sitemap index, which exists', () => {
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${SITE}/sitemap-index.xml`);
    expect(resolves(sitemap!)).toBe(true);
  });
});

describe('the 404 page', () => {
  it('is /404.html at the root, kept out of search results', () => {
    expect(existsSync(resolve(SEED_SITE_DIR, '404.html'))).toBe(true);
    const page = readPage(SEED_SITE_DIR, '/404.html');
    expect(one(page, 'meta[name=robots]').properties.content).toBe('noindex');
  });

  it('offers every published edition, each in its own script', () => {
    const page = readPage(SEED_SITE_DIR, '/404.html');
    const sections = all(page, 'main section');
    expect(sections.map((section) => section.properties.lang)).toEqual(PUBLISHED_EDITIONS.map((edition) => edition.lang));
    expect(sections.map((section) => one(section, 'a').properties.href)).toEqual(PUBLISHED_EDITIONS.map((edition) => `/${edition.id}/`));
    expect(textOf(one(page, 'h1'))).toBe('找不到這個頁面');
  });
});
