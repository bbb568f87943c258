/**
 * One article's words wherever a page shows them (src/lib/editions/conversion/article-words.ts): an element marked
 * with its slug in HTML, an object with its slug in JSON, a feed item linking to it, each converted with the
 * article's own map over the site's.
 */
import { describe, expect, it } from 'vitest';
import { articleConverters, articleWords, NO_ARTICLE_CONVERTERS } from '../../src/lib/editions/conversion/article-words';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { convertHtml } from '../../src/lib/editions/conversion/html-tree';
import { convertJsonValue } from '../../src/lib/editions/conversion/json';
import { mergeOverrides } from '../../src/lib/editions/conversion/overrides';
import { convertXml } from '../../src/lib/editions/conversion/xml';

const SITE = { 報導: '报道' };
const page = simplifiedConverter(SITE);
const articles = articleConverters(
  new Map([['mapped', { 軍事合作: '军事协作' }]]),
  (map) => simplifiedConverter(mergeOverrides(SITE, map)),
  (slug) => `/zh-hans/articles/${slug}/`,
);

describe("an article's words on any page", () => {
  it('marks an element with the slug of the article whose words it holds', () => {
    expect(articleWords('mapped')).toEqual({ 'data-slug': 'mapped' });
  });

  it("converts a marked element and everything inside it with the article's map, the rest with the page's", () => {
    const html = '<ol><li data-slug="mapped"><a title="軍事合作">擴大<b>軍事合作</b></a></li><li data-slug="plain">軍事合作</li></ol><p>軍事合作，據報導</p>';
    expect(convertHtml(html, page, { articles })).toBe(
      '<ol><li data-slug="mapped"><a title="军事协作">扩大<b>军事协作</b></a></li><li data-slug="plain">军事合作</li></ol><p>军事合作，据报道</p>',
    );
  });

  it('converts a JSON object with a slug with that article\'s map', () => {
    const records = [{ slug: 'mapped', title: '軍事合作' }, { slug: 'plain', title: '軍事合作' }];
    expect(convertJsonValue(records, page, articles)).toEqual([{ slug: 'mapped', title: '军事协作' }, { slug: 'plain', title: '军事合作' }]);
  });

  it('converts a feed item with the map of the article its link addresses', () => {
    const item = (slug: string) => `<item><title>軍事合作</title><link>https://x.org/zh-hans/articles/${slug}/</link><description>據報導</description></item>`;
    const feed = `<rss><channel><title>軍事合作</title>${item('mapped')}${item('plain')}</channel></rss>`;
    expect(convertXml(feed, page, articles)).toBe(
      '<rss><channel><title>军事合作</title>' +
        '<item><title>军事协作</title><link>https://x.org/zh-hans/articles/mapped/</link><description>据报道</description></item>' +
        '<item><title>军事合作</title><link>https://x.org/zh-hans/articles/plain/</link><description>据报道</description></item>' +
        '</channel></rss>',
    );
  });

  it('finds an Atom entry\'s article from its link\'s href', () => {
    const feed = '<feed><entry><title>軍事合作</title><link href="https://x.org/zh-hans/articles/mapped/" rel="alternate"/></entry></feed>';
    expect(convertXml(feed, page, articles)).toContain('<title>军事协作</title>');
  });

  it('converts everything with the page\'s converter when no article has a map', () => {
    expect(articleConverters(new Map(), () => page, (slug) => slug)).toBe(NO_ARTICLE_CONVERTERS);
    expect(convertHtml('<li data-slug="mapped">軍事合作</li>', page)).toBe('<li data-slug="mapped">军事合作</li>');
  });
});
