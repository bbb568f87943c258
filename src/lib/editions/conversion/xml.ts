/**
 * Converts an XML document (a feed such as `/zh-hans/rss.xml`) to the Simplified edition: the text between tags
 * and inside CDATA sections, except in elements that hold addresses or identifiers (kept-as-written.ts). Tags, attributes and comments
 * are left alone; HTML inside CDATA is converted as HTML. Feeds are flat and machine-written, so a tokenizer is
 * enough; a full XML parser would add a dependency for nothing.
 *
 * Text is converted as the reader reads it, never as it is written in the file: entities are decoded first and the
 * result escaped again, so an override can neither match inside `&amp;` nor put a `<` or `&` into the markup.
 *
 * A feed item (`<item>`, or Atom's `<entry>`) holds one article's words: it is converted by the converter of the
 * article its link addresses (article-words.ts), that article's own map over the site's.
 */
import { decodeXML } from 'entities';
import { NO_ARTICLE_CONVERTERS, type ArticleConverters } from './article-words';
import type { SimplifiedConverter } from './converter';
import { convertHtml } from './html-tree';
import { isKeptXmlElement } from './kept-as-written';


const TOKEN = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<[^>]*>)/;

/** A feed item or entry, whole. */
const FEED_ITEM = /<(item|entry)\b[^>]*>[\s\S]*?<\/\1>/g;
/** An item's link: RSS `<link>address</link>` or Atom `<link href="address"/>`. */
const ITEM_LINK = /<link\b[^>]*?(?:href="([^"]*)"[^>]*)?>(?:([^<]*)<\/link>)?/;

export function convertXml(xml: string, converter: SimplifiedConverter, articles: ArticleConverters = NO_ARTICLE_CONVERTERS): string {
  let converted = '';
  let last = 0;
  for (const item of xml.matchAll(FEED_ITEM)) {
    converted += convertXmlText(xml.slice(last, item.index), converter);
    const link = ITEM_LINK.exec(item[0]);
    const address = decodeXML((link?.[1] ?? link?.[2] ?? '').trim());
    converted += convertXmlText(item[0], (address && articles.forAddress(address)) || converter);
    last = item.index + item[0].length;
  }
  return converted + convertXmlText(xml.slice(last), converter);
}

function convertXmlText(xml: string, converter: SimplifiedConverter): string {
  const open: string[] = [];
  const keeping = () => open.some(isKeptXmlElement);
  return xml
    .split(TOKEN)
    .map((token) => {
      if (token.startsWith('<![CDATA[')) {
        // Feeds carry HTML in CDATA: converted as HTML, so its classes and links stay as they are.
        return keeping() ? token : cdata(convertHtml(token.slice(9, -3), converter));
      }
      if (token.startsWith('<!--') || token.startsWith('<?') || token.startsWith('<!')) return token;
      if (token.startsWith('</')) {
        open.pop();
        return token;
      }
      if (token.startsWith('<')) {
        if (!token.endsWith('/>')) open.push(/^<([^\s/>]+)/.exec(token)?.[1]?.toLowerCase().replace(/^.*:/, '') ?? '');
        return token;
      }
      return keeping() ? token : escapeXmlText(converter.convert(decodeXML(token)));
    })
    .join('');
}

/** Character data as XML text: the three characters that could start or end markup are written as entities. */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** A CDATA section holding `text`; a `]]>` inside the text is split across two sections rather than end it. */
function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
