/**
 * The Simplified edition as built: every page exists in both editions, the Simplified text is fully converted
 * (checked by a second, independent converter), and nothing a machine reads differs between the editions.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element, Root } from 'hast';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/lib/format-date';
import { SEED_SITE_DIR } from '../helpers/build-site';
import { all, one, readPage, textOf } from '../helpers/html';
import { SEED_SLUG } from '../helpers/seed';
import { editionPages, siteFiles } from '../helpers/site-files';

const hantPages = editionPages(SEED_SITE_DIR, 'zh-hant');
const hansPages = editionPages(SEED_SITE_DIR, 'zh-hans');
const twin = (path: string) => path.replace(/^\/zh-hant\//, '/zh-hans/');
const articlePath = (edition: string) => `/${edition}/articles/${SEED_SLUG}/`;

/**
 * `t`→`cn`, not the site's `tw`→`cn`: run over Simplified text, `tw`→`cn` is not idempotent (it turns 什么 into
 * 什幺), while `t`→`cn` changes Simplified text only where Traditional characters are left.
 */
const leakCheck = OpenCC.Converter({ from: 't', to: 'cn' });

const NOT_CONVERTED = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'template', 'svg', 'math']);

/** The text a reader sees on a page, without what is meant to stay as it is (`translate="no"`, code, scripts). */
function readableTexts(node: Root | Element, texts: string[] = []): string[] {
  for (const child of node.children) {
    if (child.type === 'text') texts.push(child.value);
    if (child.type === 'element' && !NOT_CONVERTED.has(child.tagName) && child.properties.translate !== 'no') {
      for (const name of ['alt', 'title', 'ariaLabel'] as const) {
        const value = child.properties[name];
        if (typeof value === 'string') texts.push(value);
      }
      if (child.tagName === 'meta' && child.properties.name === 'description') texts.push(String(child.properties.content));
      readableTexts(child, texts);
    }
  }
  return texts;
}

function jsonStrings(value: unknown, strings: string[] = []): string[] {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) value.forEach((item) => jsonStrings(item, strings));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => jsonStrings(item, strings));
  return strings;
}

function ids(tree: Root): string[] {
  return all(tree, '[id]').map((element) => String(element.properties.id));
}

describe('both editions of every page', () => {
  it('builds the Simplified twin of every Traditional page, and nothing else', () => {
    expect(hantPages.length).toBeGreaterThanOrEqual(2);
    expect(hansPages).toEqual(hantPages.map(twin));
  });

  it('builds the Simplified twin of every Traditional data file', () => {
    const hantData = siteFiles(SEED_SITE_DIR).filter((file) => file.startsWith('/zh-hant/') && !file.endsWith('.html'));
    const hansData = siteFiles(SEED_SITE_DIR).filter((file) => file.startsWith('/zh-hans/') && !file.endsWith('.html'));
    expect(hansData.sort()).toEqual(hantData.map(twin).sort());
  });

  it('marks each page with its edition language', () => {
    for (const path of hantPages) expect(one(readPage(SEED_SITE_DIR, path), 'html').properties.lang).toBe('zh-Hant');
    for (const path of hansPages) expect(one(readPage(SEED_SITE_DIR, path), 'html').properties.lang).toBe('zh-Hans');
  });

  it('keeps every id, in order, equal across editions', () => {
    for (const path of hantPages) {
      const hantIds = ids(readPage(SEED_SITE_DIR, path));
      expect(ids(readPage(SEED_SITE_DIR, twin(path))), path).toEqual(hantIds);
    }
    expect(ids(readPage(SEED_SITE_DIR, articlePath('zh-hans')))).toContain('image-bombers');
  });

  it('keeps every link target equal across editions, apart from the edition segment', () => {
    for (const path of hantPages) {
      const hrefs = (tree: Root) => all(tree, 'body a[href]').map((link) => String(link.properties.href).replace(/\/zh-han[st]\//, '/EDITION/'));
      expect(hrefs(readPage(SEED_SITE_DIR, twin(path))), path).toEqual(hrefs(readPage(SEED_SITE_DIR, path)));
    }
  });
});

describe('the Simplified text', () => {
  it('leaves nothing for a second converter to convert, on any page', () => {
    for (const path of hansPages) {
      const leftovers = readableTexts(readPage(SEED_SITE_DIR, path)).filter((text) => leakCheck(text) !== text);
      expect(leftovers, path).toEqual([]);
    }
  });

  it('leaves nothing to convert in any Simplified data file', () => {
    const dataFiles = siteFiles(SEED_SITE_DIR).filter((file) => file.startsWith('/zh-hans/') && file.endsWith('.json'));
    for (const file of dataFiles) {
      const strings = jsonStrings(JSON.parse(readFileSync(resolve(SEED_SITE_DIR, file.slice(1)), 'utf8')));
      // Identifiers and addresses stay as written; they are ASCII in this site, except source URLs.
      expect(strings.filter((text) => !/^https?:/.test(text) && leakCheck(text) !== text), file).toEqual([]);
    }
  });

  it('has actually converted the seed article (the leak check would pass on an empty page)', () => {
    const body = textOf(one(readPage(SEED_SITE_DIR, articlePath('zh-hans')), '.article-body'));
    expect(body.length).toBeGreaterThan(2000);
    expect(body).toContain('委内瑞拉总统尼古拉斯·马杜罗');
  });

  it('writes 面臨著, 隨著 and 冒著 as 面临着, 随着 and 冒着', () => {
    const body = textOf(one(readPage(SEED_SITE_DIR, articlePath('zh-hans')), '.article-body'));
    for (const word of ['面临着', '随着', '冒着']) expect(body).toContain(word);
    expect(body).not.toMatch(/[临随冒]著/);
  });

  it('uses “” and ‘’, never 「」 or 『』, in the body text', () => {
    const hant = textOf(one(readPage(SEED_SITE_DIR, articlePath('zh-hant')), '.article-body'));
    const hans = textOf(one(readPage(SEED_SITE_DIR, articlePath('zh-hans')), '.article-body'));
    expect(hans).not.toMatch(/[「」『』]/);
    expect(hans.match(/“/g)?.length).toBe(hant.match(/「/g)?.length);
    expect(hans.match(/”/g)?.length).toBe(hant.match(/」/g)?.length);
  });

  it("applies the article's own override (蘇愷 → 苏霍伊)", () => {
    const hant = textOf(one(readPage(SEED_SITE_DIR, articlePath('zh-hant')), '.article-body'));
    const hans = textOf(one(readPage(SEED_SITE_DIR, articlePath('zh-hans')), '.article-body'));
    expect(hant).toContain('蘇愷');
    expect(hans).toContain('苏霍伊');
    expect(hans).not.toContain('苏恺');
  });

  it('applies the site-wide overrides (報導 → 报道, 查維斯 → 查韦斯)', () => {
    const hans = textOf(one(readPage(SEED_SITE_DIR, articlePath('zh-hans')), 'main'));
    expect(hans).toContain('报道');
    expect(hans).not.toContain('报导');
    expect(hans).toContain('查韦斯');
    expect(hans).not.toContain('查维斯');
  });

  it('converts the title and the meta description', () => {
    const page = readPage(SEED_SITE_DIR, articlePath('zh-hans'));
    expect(textOf(one(page, 'title'))).toBe('委内瑞拉是否已被其两大盟友——中俄抛弃？｜国际新闻分析');
    expect(String(one(page, 'meta[name="description"]').properties.content)).toMatch(/^专家指出，中俄对马杜罗/);
  });

  it("shows the site's own words as written for each edition, not converted (src/lib/editions/site-words)", () => {
    for (const [edition, words] of [
      ['zh-hant', { actorPage: '專頁', quotes: '引述', archive: '存檔', search: '搜尋', folded: /^其餘 \d+ 個$/ }],
      ['zh-hans', { actorPage: '主页', quotes: '引语', archive: '归档', search: '搜索', folded: /^其余 \d+ 个$/ }],
    ] as const) {
      const page = readPage(SEED_SITE_DIR, articlePath(edition));
      expect(textOf(one(page, 'li[id^="actor-"] > a:last-child'))).toBe(words.actorPage);
      expect(textOf(one(page, '#sidebar-quotes-heading'))).toBe(words.quotes);
      expect(all(page, '.site-nav a').map(textOf)).toEqual(expect.arrayContaining([words.archive, words.search]));
      expect(textOf(one(page, 'details.more-actors > summary'))).toMatch(words.folded);
    }
  });

  it('formats dates for each edition', () => {
    for (const edition of [
      { id: 'zh-hant', lang: 'zh-Hant' },
      { id: 'zh-hans', lang: 'zh-Hans' },
    ]) {
      const time = one(readPage(SEED_SITE_DIR, articlePath(edition.id)), '.article-header time');
      expect(textOf(time)).toBe(formatDay(String(time.properties.dateTime), edition.lang));
    }
  });
});

describe('edition metadata', () => {
  const site = 'https://news.example.org';

  it('gives every page a canonical address in its own edition', () => {
    for (const path of [...hantPages, ...hansPages]) {
      expect(one(readPage(SEED_SITE_DIR, path), 'link[rel="canonical"]').properties.href).toBe(`${site}${path}`);
    }
  });

  it('links every page to itself and its twin with reciprocal hreflang alternates, x-default Traditional', () => {
    for (const path of hantPages) {
      const expected = { 'zh-Hant': `${site}${path}`, 'zh-Hans': `${site}${twin(path)}`, 'x-default': `${site}${path}` };
      for (const page of [path, twin(path)]) {
        const alternates = Object.fromEntries(
          // Feeds are alternates too (with a type); the edition twins are the untyped ones.
          all(readPage(SEED_SITE_DIR, page), 'link[rel="alternate"][hreflang]:not([type])').map((link) => [String(link.properties.hrefLang), String(link.properties.href)]),
        );
        expect(alternates, page).toEqual(expected);
      }
    }
  });
});

describe('the edition toggle', () => {
  it('is in the header of every page, linking to the same page in the other edition', () => {
    for (const path of [...hantPages, ...hansPages]) {
      const toggle = one(readPage(SEED_SITE_DIR, path), 'header.site-header nav.edition-toggle');
      const link = one(toggle, 'a[href]');
      const other = path.startsWith('/zh-hant/') ? { id: 'zh-hans', lang: 'zh-Hans' } : { id: 'zh-hant', lang: 'zh-Hant' };
      expect(link.properties.href).toBe(path.replace(/^\/zh-han[st]\//, `/${other.id}/`));
      expect(link.properties.hrefLang).toBe(other.lang);
      expect(link.properties.lang).toBe(other.lang);
      expect(String(one(toggle, '[aria-current="true"]').properties.lang)).toBe(path.startsWith('/zh-hant/') ? 'zh-Hant' : 'zh-Hans');
    }
  });

  it('reads 繁體 / 简体 in both editions, with the same markup apart from which is current', () => {
    const labels = (path: string) => textOf(one(readPage(SEED_SITE_DIR, path), 'nav.edition-toggle'));
    expect(labels('/zh-hant/')).toBe('繁體/简体');
    expect(labels('/zh-hans/')).toBe('繁體/简体');
    expect(one(readPage(SEED_SITE_DIR, '/zh-hans/'), 'nav.edition-toggle').properties.ariaLabel).toBe('中文版本');
  });

  it('loads its script from a file (no inline scripts or style attributes anywhere)', () => {
    for (const path of ['/', ...hantPages, ...hansPages]) {
      const page = readPage(SEED_SITE_DIR, path);
      for (const script of all(page, 'script')) {
        if (script.properties.type === 'application/ld+json') continue;
        expect(script.properties.src, `${path}: inline script`).toBeTruthy();
      }
      expect(all(page, '[style]'), path).toEqual([]);
    }
  });
});

describe('/', () => {
  it('runs the remembered-edition script before the meta refresh, blocking, from a file', () => {
    const head = one(readPage(SEED_SITE_DIR, '/'), 'head');
    const children = head.children.filter((node): node is Element => node.type === 'element');
    const scriptAt = children.findIndex((node) => node.tagName === 'script');
    const refreshAt = children.findIndex((node) => node.tagName === 'meta' && node.properties.httpEquiv?.toString() === 'refresh');
    expect(scriptAt).toBeGreaterThanOrEqual(0);
    expect(scriptAt).toBeLessThan(refreshAt);
    const script = children[scriptAt]!;
    expect(script.properties.type).toBeUndefined();
    expect(script.properties.async ?? script.properties.defer).toBeUndefined();
    expect(script.properties.dataEditionZhHans).toBe('/zh-hans/');
    expect(script.properties.dataEditionZhHant).toBe('/zh-hant/');
  });
});

describe('the browser gets no converter', () => {
  it('ships no opencc-js code or dictionary in any client file', () => {
    const clientFiles = siteFiles(SEED_SITE_DIR).filter((file) => /\.(m?js|html)$/.test(file));
    expect(clientFiles.some((file) => file.endsWith('.js'))).toBe(true);
    // The library's names, and a stretch of its Traditional→Simplified character table.
    const signatures = [/opencc/i, /ConverterFactory/, /loadDictGroup/, /萬 万\|/, /葉 叶\|/];
    for (const file of clientFiles) {
      const text = readFileSync(resolve(SEED_SITE_DIR, file.slice(1)), 'utf8');
      for (const signature of signatures) expect(signature.test(text), `${file} matches ${signature}`).toBe(false);
    }
    // Scripts come from Astro's bundle or Pagefind's search bundle, nowhere else.
    const scripts = siteFiles(SEED_SITE_DIR).filter((file) => /\.(m?js)$/.test(file));
    expect(scripts.filter((file) => !file.startsWith('/_astro/') && !file.startsWith('/pagefind/'))).toEqual([]);
  });
});
