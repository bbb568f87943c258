/** The sitemap in parts (src/lib/sitemap/sitemap-parts.ts): article pages by year, the rest apart, alternates. */
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/lib/editions/editions';
import { SITEMAP_PART_SIZE, sitemapEntries, sitemapIndexXml, sitemapParts, sitemapXml } from '../../src/lib/sitemap/sitemap-parts';

const years: Record<string, string> = { old: '2019', new: '2025', newer: '2025' };
const PATHS = [
  '/',
  '/404.html',
  '/robots.txt',
  '/zh-hant/',
  '/zh-hans/',
  '/zh-hant/page/1/',
  '/zh-hant/articles/old/',
  '/zh-hant/articles/old/annotations.json',
  '/zh-hans/articles/old/',
  '/zh-hant/articles/new/',
  '/zh-hant/articles/newer/',
  '/zh-hans/articles/newer/',
];

describe('the parts of the sitemap', () => {
  it('puts each year of article pages in a part of its own and every other page in one, leaving out files and the root', () => {
    expect(sitemapParts(PATHS, (slug) => years[slug])).toEqual([
      { name: 'articles-2019', paths: ['/zh-hans/articles/old/', '/zh-hant/articles/old/'] },
      { name: 'articles-2025', paths: ['/zh-hans/articles/newer/', '/zh-hant/articles/new/', '/zh-hant/articles/newer/'] },
      { name: 'pages', paths: ['/zh-hans/', '/zh-hant/', '/zh-hant/page/1/'] },
    ]);
  });

  it('changes only its year when an article is added', () => {
    const before = sitemapParts(PATHS, (slug) => years[slug]);
    const after = sitemapParts([...PATHS, '/zh-hant/articles/newest/'], (slug) => (slug === 'newest' ? '2025' : years[slug]));
    expect(after.filter((part) => JSON.stringify(part) !== JSON.stringify(before.find(({ name }) => name === part.name))).map(({ name }) => name)).toEqual(['articles-2025']);
  });

  it('splits the other pages past the size a sitemap file may have', () => {
    const many = Array.from({ length: SITEMAP_PART_SIZE + 3 }, (_, index) => `/zh-hant/topics/t-${String(index).padStart(6, '0')}/`);
    expect(sitemapParts(many, () => undefined).map(({ name, paths }) => [name, paths.length])).toEqual([
      ['pages', SITEMAP_PART_SIZE],
      ['pages-2', 3],
    ]);
  });

  it('lists for each page the editions that have it as hreflang alternates, and none for a page only one has', () => {
    const all = new Set(PATHS);
    const [newer, only] = sitemapEntries(['/zh-hant/articles/newer/', '/zh-hant/articles/new/'], all, EDITIONS);
    expect(newer?.alternates).toEqual([
      { lang: 'zh-Hant', path: '/zh-hant/articles/newer/' },
      { lang: 'zh-Hans', path: '/zh-hans/articles/newer/' },
    ]);
    expect(only?.alternates).toEqual([]);
    const xml = sitemapXml([newer!], (path) => `https://news.example.org${path}`);
    expect(xml).toContain('<url><loc>https://news.example.org/zh-hant/articles/newer/</loc><xhtml:link rel="alternate" hreflang="zh-Hant" href="https://news.example.org/zh-hant/articles/newer/"/>');
  });

  it('indexes the parts without dates, so the index changes only when a part is added', () => {
    expect(sitemapIndexXml(['articles-2025', 'pages'], (name) => `https://x.org/sitemap-${name}.xml`)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap><loc>https://x.org/sitemap-articles-2025.xml</loc></sitemap>\n<sitemap><loc>https://x.org/sitemap-pages.xml</loc></sitemap>\n</sitemapindex>\n',
    );
  });
});
