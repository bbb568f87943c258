/** The `_headers` rules as Netlify and Cloudflare Pages apply them, read from a fixture file. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePattern, headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.mjs';

const rules = parseHeadersFile(readFileSync(resolve(import.meta.dirname, '../fixtures/headers/_headers'), 'utf8'));

describe('parseHeadersFile', () => {
  it('reads one rule per path line, skipping comments and blank lines', () => {
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*', '/:edition/articles/:slug/', '/*.xml', '/*']);
    expect(rules.map((rule) => rule.line)).toEqual([3, 7, 11, 16, 19]);
  });

  it('keeps a value with colons in it whole', () => {
    expect(parseHeadersFile('/x\n  Link: <https://a.example/>; rel="x"')[0]?.set).toEqual([
      ['Link', '<https://a.example/>; rel="x"'],
    ]);
  });

  it('rejects a header line before any path, naming the line', () => {
    expect(() => parseHeadersFile('# c\n  X-A: b')).toThrow('_headers:2:');
  });

  it('rejects a header line without a colon, naming the line', () => {
    expect(() => parseHeadersFile('/*\n  nonsense')).toThrow('_headers:2: expected "Name: value"');
  });

  it('rejects a pattern that is neither a path nor an absolute URL', () => {
    expect(() => parseHeadersFile('zh-hant/*\n  X-A: b')).toThrow('_headers:1:');
  });
});

describe('compilePattern', () => {
  it('lets a splat match any characters, slashes included', () => {
    expect(compilePattern('/_astro/*').test('/_astro/a/b.css')).toBe(true);
    expect(compilePattern('/*').test('/')).toBe(true);
    expect(compilePattern('/*.xml').test('/zh-hant/rss.xml')).toBe(true);
    expect(compilePattern('/_astro/*').test('/zh-hant/_astro/a.css')).toBe(false);
  });

  it('lets a placeholder match exactly one path segment', () => {
    const pattern = compilePattern('/:edition/articles/:slug/');
    expect(pattern.test('/zh-hant/articles/seed/')).toBe(true);
    expect(pattern.test('/zh-hant/articles/seed/extra/')).toBe(false);
    expect(pattern.test('/zh-hant/articles//')).toBe(false);
  });

  it('treats regular-expression characters in a path literally', () => {
    expect(compilePattern('/a.b/(c)+').test('/a.b/(c)+')).toBe(true);
    expect(compilePattern('/a.b/').test('/axb/')).toBe(false);
  });
});

describe('headersFor', () => {
  it('applies every matching block', () => {
    expect(headersFor(rules, '/zh-hant/articles/seed/')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=0, must-revalidate',
      'X-Robots-Tag': 'noarchive',
      Link: '</zh-hans/>; rel="alternate", </zh-hant/>; rel="alternate"',
    });
  });

  it('joins the values of a header named in several matching blocks with a comma', () => {
    const twice = parseHeadersFile('/*\n  Vary: Accept\n/a/*\n  vary: Cookie');
    expect(headersFor(twice, '/a/b')).toEqual({ Vary: 'Accept, Cookie' });
  });

  it('detaches a header an earlier block set, then sets its own', () => {
    expect(headersFor(rules, '/_astro/app.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  it('gives a path no matching block nothing from it', () => {
    expect(headersFor(rules, '/zh-hant/')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=0, must-revalidate',
    });
  });

  it('applies an absolute-URL block only to requests for its host', () => {
    expect(headersFor(rules, '/zh-hant/', '127.0.0.1')['X-Robots-Tag']).toBeUndefined();
    expect(headersFor(rules, '/zh-hant/', 'Preview.Example.org')['X-Robots-Tag']).toBe('noindex');
  });
});
