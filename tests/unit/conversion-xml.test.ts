import { describe, expect, it } from 'vitest';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { convertXml } from '../../src/lib/editions/conversion/xml';

const converter = simplifiedConverter({ 報導: '报道' });

describe('XML conversion (feeds)', () => {
  it('converts titles and descriptions, keeps links, ids, languages, tags and attributes', () => {
    const feed = [
      '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
      '<channel><title>國際新聞分析</title><link>https://x.org/zh-hans/國際/</link><language>zh-Hans</language>',
      '<atom:link href="https://x.org/zh-hans/rss.xml" rel="self"/>',
      '<item><title>兩大盟友「拋棄」</title><guid isPermaLink="true">https://x.org/zh-hans/國際/</guid>',
      '<description><![CDATA[<p class="國際">據報導</p>]]></description><!-- 國際 --></item></channel></rss>',
    ].join('');
    expect(convertXml(feed, converter)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        '<channel><title>国际新闻分析</title><link>https://x.org/zh-hans/國際/</link><language>zh-Hans</language>',
        '<atom:link href="https://x.org/zh-hans/rss.xml" rel="self"/>',
        '<item><title>两大盟友“抛弃”</title><guid isPermaLink="true">https://x.org/zh-hans/國際/</guid>',
        '<description><![CDATA[<p class="國際">据报道</p>]]></description><!-- 國際 --></item></channel></rss>',
      ].join(''),
    );
  });
});
