/** The NewsArticle structured data, built from plain input (tests/fixtures/structured-data/). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd, type NewsArticleInput } from '../../src/lib/structured-data/news-article';

const annotated = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/structured-data/annotated-article.json'), 'utf8'),
) as NewsArticleInput;

/** The same article with only what every article has. */
const bare: NewsArticleInput = {
  url: annotated.url,
  headline: annotated.headline,
  datePublished: '2025-12-11',
  inLanguage: 'zh-Hans',
  sources: [{ name: 'BBC News 中文', role: 'original' }],
};

describe('newsArticleJsonLd', () => {
  const ld = newsArticleJsonLd(annotated);

  it('is a schema.org NewsArticle for the page, its address given as its @id and mainEntityOfPage (no third copy as url)', () => {
    expect(ld).not.toHaveProperty('url');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': annotated.url,
      mainEntityOfPage: annotated.url,
      headline: annotated.headline,
      description: annotated.description,
      inLanguage: 'zh-Hant',
    });
  });

  it('carries the publication and update days, and the publication day as dateModified when never updated', () => {
    expect(ld).toMatchObject({ datePublished: '2025-12-11', dateModified: '2025-12-12' });
    expect(newsArticleJsonLd(bare)).toMatchObject({ datePublished: '2025-12-11', dateModified: '2025-12-11' });
  });

  it('names the original outlet as publisher, and as author when the byline is the outlet', () => {
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: 'BBC News 中文' });
    expect(ld.author).toEqual({ '@type': 'Organization', name: 'BBC News 中文' });
  });

  it('names a byline that is no source as a Person', () => {
    expect(newsArticleJsonLd({ ...bare, byline: '王小明' }).author).toEqual({ '@type': 'Person', name: '王小明' });
  });

  it('falls back to the publisher as author without a byline', () => {
    expect(newsArticleJsonLd(bare).author).toEqual({ '@type': 'Organization', name: 'BBC News 中文' });
  });

  it('cites the cited sources, with their address when they have one', () => {
    expect(ld.citation).toEqual([
      { '@type': 'CreativeWork', name: '《華盛頓郵報》' },
      { '@type': 'CreativeWork', name: '外交關係協會', url: 'https://www.cfr.org/' },
    ]);
  });

  it('lists syndicated copies as sameAs', () => {
    expect(ld.sameAs).toEqual(['https://tw.news.yahoo.com/x-051955663.html']);
  });

  it('describes the picture with its size and credit', () => {
    expect(ld.image).toEqual({
      '@type': 'ImageObject',
      url: annotated.image!.url,
      contentUrl: annotated.image!.url,
      width: 1200,
      height: 800,
      caption: '馬杜羅',
      creditText: 'Jesus Vargas/Getty Images',
    });
  });

  it('maps actors to Person, Country and Organization, each once, in the Role the article gives it', () => {
    expect(ld.mentions).toEqual([
      { '@type': 'Role', roleName: '委內瑞拉總統', mentions: { '@type': 'Person', name: '尼古拉斯·馬杜羅', alternateName: 'Nicolás Maduro' } },
      { '@type': 'Role', roleName: '馬杜羅政府治下的南美國家', mentions: { '@type': 'Country', name: '委內瑞拉' } },
      { '@type': 'Role', roleName: '俄國國營通訊社', mentions: { '@type': 'Organization', name: '塔斯社', alternateName: 'TASS' } },
    ]);
  });

  it('leaves out what the article does not have, instead of writing empty values', () => {
    const minimal = newsArticleJsonLd(bare);
    for (const key of ['description', 'image', 'keywords', 'citation', 'sameAs', 'mentions']) {
      expect(minimal).not.toHaveProperty(key);
    }
    expect(JSON.stringify(minimal)).not.toContain('null');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it is written into', () => {
    const json = serializeJsonLd(newsArticleJsonLd({ ...bare, headline: '</script><script>alert(1)</script>' }));
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});
