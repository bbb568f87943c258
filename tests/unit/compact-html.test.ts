/** Pages written compactly (src/lib/html/compact-html.ts): fewer bytes, the same document for every parser. */
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { compactHtml } from '../../src/lib/html/compact-html';
import { all, textOf } from '../helpers/html';

const PAGE = [
  '<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">',
  '<title>標題</title></head><body><main id="main">',
  '<ul>\n<li><a href="#actor-maduro" id="m-maduro-1">馬杜羅</a> <a href="/x/">說</a></li>\n<li>第二</li>\n</ul>',
  '<div class="article-body"><p>第一段。</p>\n<p>第二段，<q id="q-1" data-by="a b">引述</q>。</p>\n<pre>  縮排\n  保留\n</pre>\n<p>末段</p></div>',
  '</main></body></html>',
].join('');

/** What a browser builds from the page: the structure and text of every element that matters here. */
function document(html: string) {
  const tree = fromHtml(html);
  return {
    paragraphs: all(tree, 'p').map(textOf),
    items: all(tree, 'li').map(textOf),
    pre: all(tree, 'pre').map(textOf),
    links: all(tree, 'a').map((link) => [link.properties.href, link.properties.id ?? null, textOf(link)]),
    quote: all(tree, 'q').map((q) => [q.properties.id, q.properties.dataBy]),
    meta: all(tree, 'meta').map((meta) => meta.properties.content ?? meta.properties.charSet),
  };
}

describe('compact HTML', () => {
  const compact = compactHtml(PAGE);

  it('is smaller', () => {
    expect(compact.length).toBeLessThan(PAGE.length * 0.9);
  });

  it('leaves quotes off attribute values that need none, and keeps them where a space needs them', () => {
    expect(compact).toContain('<a href=#actor-maduro id=m-maduro-1>');
    expect(compact).toContain('content="light dark"');
    expect(compact).toContain('data-by="a b"');
  });

  it('leaves out the end tags the parser supplies, and the newlines between blocks with them', () => {
    expect(compact).not.toContain('</p>');
    expect(compact).not.toContain('</li>');
    expect(compact).toContain('<p>第一段。<p>第二段');
  });

  it('is the same document for a parser: same text in every paragraph and item, same links and attributes', () => {
    expect(document(compact)).toEqual(document(PAGE));
    // No stray newline moved into a paragraph whose end tag went.
    expect(document(compact).paragraphs).toEqual(['第一段。', '第二段，引述。', '末段']);
  });

  it('keeps the space between inline elements and every character of preformatted text', () => {
    expect(compact).toContain('馬杜羅</a> <a href=/x/>');
    expect(document(compact).pre).toEqual(['  縮排\n  保留\n']);
  });
});
