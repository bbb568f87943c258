/**
 * The site served from a sub-path: `BASE_PATH=/news/ npm run build`. Every internal link and asset must carry the
 * base path and resolve to a file in the output. Built twice: the real content, and a fixture article whose body
 * picture goes through Astro's image pipeline.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site';
import { all, one, readPage } from '../helpers/html';
import { inlineCodeOn } from '../helpers/inline-code';
import { brokenLinks, describeProblems, htmlFiles, referencesOn } from '../helpers/site-links';

const BASE = '/news/';
const SITE = 'https://news.example.org';
const env = { BASE_PATH: BASE, SITE_URL: SITE };

function buildOrThrow(name: string, contentDir?: string): string {
  const build = buildSite(name, { env, ...(contentDir ? { contentDir } : {}) });
  if (!build.ok) throw new Error(`BASE_PATH build failed:\n${build.output}`);
  return build.outDir;
}

describe('the real site built with BASE_PATH=/news/', () => {
  let dir = '';
  beforeAll(() => {
    dir = buildOrThrow('base-path');
  });

  it('links and loads nothing outside /news/, and everything resolves', () => {
    expect(describeProblems(brokenLinks(dir, { base: BASE, site: SITE }))).toBe('');
  });

  it('writes every root-relative URL with the base path', () => {
    const urls = htmlFiles(dir).flatMap((page) => referencesOn(dir, page).map((reference) => reference.url));
    const rootRelative = urls.filter((url) => url.startsWith('/'));
    expect(rootRelative.length).toBeGreaterThan(5);
    expect(rootRelative.filter((url) => !url.startsWith(BASE))).toEqual([]);
  });

  it('forwards / to /news/zh-hant/', () => {
    const refresh = one(readPage(dir, '/'), 'meta[http-equiv="refresh"]');
    expect(String(refresh.properties.content)).toMatch(/url=\/news\/zh-hant\/$/);
  });

  it('points robots.txt, the sitemap and the feed at /news/', () => {
    expect(readFileSync(resolve(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/news/sitemap-index.xml`);
    expect(readFileSync(resolve(dir, 'sitemap-pages.xml'), 'utf8')).toContain(`<loc>${SITE}/news/zh-hant/</loc>`);
    expect(readFileSync(resolve(dir, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${SITE}/news/sitemap-pages.xml</loc>`);
    expect(readFileSync(resolve(dir, 'zh-hant/rss.xml'), 'utf8')).toContain(`<link>${SITE}/news/zh-hant/articles/`);
  });

  it('serves a 404 page whose links work at any depth', () => {
    const links = all(readPage(dir, '/404.html'), 'a, link[rel=stylesheet]').map((element) => String(element.properties.href));
    expect(links.length).toBeGreaterThan(1);
    for (const href of links) expect(href).toMatch(/^\/news\//);
  });
});

describe('an article with a picture, built with BASE_PATH=/news/', () => {
  let dir = '';
  beforeAll(() => {
    dir = buildOrThrow('base-path-pictures', resolve(PROJECT_ROOT, 'tests/fixtures/sites/picture-article'));
  });

  it('loads the optimised picture from /news/_astro/', () => {
    const page = readPage(dir, '/zh-hant/articles/with-pictures/');
    const src = String(one(page, '.article-body figure img').properties.src);
    expect(src).toMatch(/^\/news\/_astro\/.+\.webp$/);
  });

  it('resolves every link, asset and anchor', () => {
    expect(describeProblems(brokenLinks(dir, { base: BASE, site: SITE }))).toBe('');
  });

  it('needs no inline script or style for its picture', () => {
    expect(inlineCodeOn(dir)).toEqual([]);
  });
});
