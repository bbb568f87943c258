/**
 * Converts an XML document (a feed such as `/zh-hans/rss.xml`) to the Simplified edition: the text between tags
 * and inside CDATA sections, except in elements that hold addresses or identifiers (kept-as-written.ts). Tags, attributes and comments
 * are left alone; HTML inside CDATA is converted as HTML. Feeds are flat and machine-written, so a tokenizer is
 * enough; a full XML parser would add a dependency for nothing.
 *
 * Text is converted as the reader reads it, never as it is written in the file: entities are decoded first and the
 * result escaped again, so an override can neither match inside `&amp;` nor put a `<` or `&` into the markup.
 */
import { decodeXML } from 'entities';
import type { SimplifiedConverter } from './converter';
import { convertHtml } from './html-tree';
import { isKeptXmlElement } from './kept-as-written';


const TOKEN = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<[^>]*>)/;

export function convertXml(xml: string, converter: SimplifiedConverter): string {
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
