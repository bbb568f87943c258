/** public/_headers, as Cloudflare Pages and Netlify read it: a strict policy and sound caching. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/lib/editions/editions';
import { articlePath, editionHomePath, feedPath } from '../../src/lib/paths';
import { parseHeadersFile } from '../../scripts/lib/headers-file.mjs';

// Read with the static server's own reader (scripts/lib/headers-file.mjs), so the tests and `npm run preview` agree.
const rules = parseHeadersFile(readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8'));

/** Every header the rules matching `path` set, one entry per rule line (a host would join repeated names). */
function headerLines(path: string): { name: string; value: string }[] {
  return rules.filter((rule) => rule.matcher.test(path)).flatMap((rule) => rule.set.map(([name, value]) => ({ name, value })));
}

function header(path: string, name: string): string[] {
  return headerLines(path)
    .filter((entry) => entry.name.toLowerCase() === name.toLowerCase())
    .map((entry) => entry.value);
}

/** `default-src 'self'; object-src 'none'` → Map of directive → sources. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Addresses of every kind the site serves. */
const PATHS = [
  '/',
  '/404.html',
  '/robots.txt',
  '/sitemap-index.xml',
  '/sitemap-pages.xml',
  '/sitemap-articles-2025.xml',
  '/_astro/global.abc123.css',
  ...EDITIONS.flatMap((edition) => [editionHomePath(edition.id), articlePath(edition.id, 'x'), feedPath(edition.id)]),
];

describe('public/_headers', () => {
  it('sends every header at most once to any address (hosts would join two values with a comma)', () => {
    for (const path of PATHS) {
      const names = headerLines(path).map((entry) => entry.name.toLowerCase());
      expect(names.filter((name, index) => names.indexOf(name) !== index), path).toEqual([]);
    }
  });

  it('sends the security headers to every address', () => {
    for (const path of PATHS) {
      expect(header(path, 'Content-Security-Policy'), path).toHaveLength(1);
      expect(header(path, 'X-Content-Type-Options'), path).toEqual(['nosniff']);
      expect(header(path, 'Referrer-Policy'), path).toEqual(['strict-origin-when-cross-origin']);
      expect(header(path, 'Permissions-Policy')[0], path).toMatch(/camera=\(\).*microphone=\(\)/);
    }
  });

  describe('Content-Security-Policy', () => {
    const csp = parseCsp(header('/', 'Content-Security-Policy')[0] ?? '');

    it('allows only this site by default and nothing for plugins, framing or base', () => {
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('form-action')).toEqual(["'self'"]);
    });

    it('names every fetch directive explicitly, each limited to this site', () => {
      for (const directive of ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src']) {
        expect(csp.get(directive), directive).toContain("'self'");
      }
    });

    it('allows no inline code, no eval, no wildcard, scheme or other host', () => {
      const allowedKeywords = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);
      for (const [directive, sources] of csp) {
        for (const source of sources) {
          expect(allowedKeywords.has(source) || /^'sha(256|384|512)-/.test(source), `${directive} ${source}`).toBe(true);
        }
      }
      // 'wasm-unsafe-eval' is for the WebAssembly search index, and only in script-src.
      expect([...csp].filter(([, sources]) => sources.includes("'wasm-unsafe-eval'")).map(([name]) => name)).toEqual(['script-src']);
    });
  });

  it('caches hashed assets for a year, immutable', () => {
    const [cache] = header('/_astro/global.abc123.css', 'Cache-Control');
    expect(cache).toContain('immutable');
    expect(Number(/max-age=(\d+)/.exec(cache ?? '')?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it('caches pages, feeds and the sitemap briefly, for every edition', () => {
    for (const path of PATHS.filter((candidate) => !candidate.startsWith('/_astro/'))) {
      const [cache] = header(path, 'Cache-Control');
      expect(cache, path).toBeDefined();
      expect(cache, path).not.toContain('immutable');
      expect(Number(/max-age=(\d+)/.exec(cache ?? '')?.[1]), path).toBeLessThanOrEqual(3600);
    }
  });
});
