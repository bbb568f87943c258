/** Every internal link, asset and #anchor of the built site resolves to a file and an element. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_SITE_DIR, SITES_DIR } from '../helpers/build-site';
import { brokenLinks, describeProblems, htmlFiles, referencesOn } from '../helpers/site-links';

/** The seed build's public address (astro.config.mjs's default for SITE_URL). */
const SITE = process.env.SITE_URL ?? 'https://news.example.org';

describe('link check of the seed site', () => {
  it('finds no internal href, src or #anchor that does not resolve', () => {
    expect(describeProblems(brokenLinks(SEED_SITE_DIR, { site: SITE }))).toBe('');
  });

  it('looks at every page and at links, assets and anchors alike', () => {
    const pages = htmlFiles(SEED_SITE_DIR);
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'zh-hant/index.html']));
    const urls = pages.flatMap((page) => referencesOn(SEED_SITE_DIR, page)).map((reference) => reference.url);
    expect(urls.some((url) => url.startsWith('/_astro/') && url.endsWith('.css'))).toBe(true);
    expect(urls).toContain('#main');
    expect(urls.some((url) => url.startsWith(`${SITE}/zh-hant/`))).toBe(true);
  });
});

describe('the link checker', () => {
  it('reports missing files, missing anchors and paths outside the base path', () => {
    const dir = resolve(SITES_DIR, 'link-checker-broken');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(resolve(dir, 'a'), { recursive: true });
    writeFileSync(resolve(dir, 'a/index.html'), '<h2 id="here">x</h2>');
    writeFileSync(
      resolve(dir, 'index.html'),
      [
        '<a href="/news/a/">ok</a> <a href="/news/a/#here">ok</a> <a href="a/">ok, relative</a>',
        '<a href="https://elsewhere.example/">external</a> <a href="mailto:x@y.z">mail</a>',
        '<a href="/news/missing/">1</a> <a href="/news/a/#nowhere">2</a> <a href="/a/">3</a>',
        '<img src="/news/logo.png"> <a href="https://site.example/news/gone/">4</a> <a href="#top">5</a>',
      ].join('\n'),
    );
    const problems = brokenLinks(dir, { base: '/news/', site: 'https://site.example' });
    expect(problems.map((entry) => `${entry.url} ${entry.problem}`)).toEqual([
      '/news/missing/ resolves to no file',
      '/news/a/#nowhere has no element with id "nowhere" on a/index.html',
      '/a/ is outside the base path /news/',
      '/news/logo.png resolves to no file',
      'https://site.example/news/gone/ resolves to no file',
      '#top has no element with id "top" on index.html',
    ]);
  });
});
