/**
 * Conversion can never turn text into markup: every writer of the Simplified edition escapes again after
 * converting, whatever the Traditional text or an override holds. The overrides here bypass the schema on
 * purpose (it refuses markup characters too): the writers must be safe on their own.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { convertHtml } from '../../src/lib/editions/conversion/html-tree';
import { convertXml } from '../../src/lib/editions/conversion/xml';
import { serializeJsonLd } from '../../src/lib/structured-data/news-article';
import { xmlError } from '../helpers/xml';

const hostileTitles = ['標題</script><script>alert(1)</script>', '標題<!--<script>', '標題</SCRIPT >', '標題]]>&amp;<b>'];

/** A page as the Traditional edition writes it: the title in <title>, <h1> and JSON-LD. */
function traditionalPage(title: string): string {
  const escaped = title.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return [
    '<!doctype html><html lang="zh-Hant"><head><title>',
    escaped,
    '</title>',
    `<script type="application/ld+json">${serializeJsonLd({ '@type': 'NewsArticle', headline: title })}</script>`,
    '</head><body><main><h1>',
    escaped,
    '</h1><p>正文。</p></main></body></html>',
  ].join('');
}

describe('the Simplified HTML writer', () => {
  for (const title of hostileTitles) {
    it(`keeps ${JSON.stringify(title)} as text in the title, the heading and the JSON-LD`, () => {
      const converted = convertHtml(traditionalPage(title), simplifiedConverter());
      const tree = fromHtml(converted);
      const scripts = selectAll('script', tree);
      // One script element, the JSON-LD, and it parses back to the converted title.
      expect(scripts).toHaveLength(1);
      expect(scripts[0]?.properties.type).toBe('application/ld+json');
      const expected = simplifiedConverter().convert(title);
      expect(JSON.parse(toString(scripts[0]!)).headline).toBe(expected);
      expect(toString(selectAll('h1', tree)[0]!)).toBe(expected);
      expect(toString(selectAll('title', tree)[0]!)).toBe(expected);
      // The body survived: nothing in the head swallowed it.
      expect(toString(selectAll('main p', tree)[0]!)).toBe('正文。');
    });
  }

  it('escapes what an override puts into text, attributes and JSON-LD', () => {
    const converter = simplifiedConverter({ 國際: '</script><script>alert(1)</script>', 分析: '" onmouseover="alert(1)' });
    const page = `<!doctype html><html><head><meta name="description" content="國際分析"><script type="application/ld+json">${serializeJsonLd({ name: '國際分析' })}</script></head><body><p title="分析">國際</p></body></html>`;
    const tree = fromHtml(convertHtml(page, converter));
    expect(selectAll('script', tree)).toHaveLength(1);
    expect(JSON.parse(toString(selectAll('script', tree)[0]!)).name).toBe('</script><script>alert(1)</script>" onmouseover="alert(1)');
    const paragraph = selectAll('p', tree)[0]!;
    expect(paragraph.properties.title).toBe('" onmouseover="alert(1)');
    expect(paragraph.properties.onMouseOver).toBeUndefined();
    expect(toString(paragraph)).toBe('</script><script>alert(1)</script>');
  });
});

describe('overrides with Latin letters', () => {
  it('match whole Latin words only, and Chinese anywhere', () => {
    const converter = simplifiedConverter({ amp: '安培', 'F-35': 'F-35战机', 國際: '国际' });
    expect(converter.convert('amp ampere camp amp. F-35A F-35 國際化')).toBe('安培 ampere camp 安培. F-35A F-35战机 国际化');
  });
});

describe('the Simplified XML writer', () => {
  const feed = (title: string, description: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><item><title>${title}</title><description><![CDATA[${description}]]></description></item></channel></rss>`;
  const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml);

  it('converts text as read, not as written: an override never matches inside an entity', () => {
    const converted = convertXml(feed('盟友 &amp; 對手', '<p>國際</p>'), simplifiedConverter({ amp: '安培' }));
    expect(xmlError(converted)).toBeUndefined();
    expect(parse(converted).rss.channel.title).toBe('盟友 & 对手');
  });

  it('escapes markup characters that conversion puts into text', () => {
    const converted = convertXml(feed('國際', '<p>國際</p>'), simplifiedConverter({ 國際: '<b>&' }));
    expect(xmlError(converted)).toBeUndefined();
    expect(parse(converted).rss.channel.title).toBe('<b>&');
  });

  it('keeps a CDATA section whole when the converted HTML holds its end marker', () => {
    const converted = convertXml(feed('國際', '<p>國際</p>'), simplifiedConverter({ 國際: ']]>' }));
    expect(xmlError(converted)).toBeUndefined();
    expect(parse(converted).rss.channel.item.description).toBe('<p>]]></p>');
  });
});
