/**
 * The design as the built site ships it, read without a browser: which stylesheets each page links, and what the
 * one site stylesheet holds (script-specific system font stacks and no web fonts, CJK line height, a dark scheme,
 * a print layout). Layout in a real browser is in tests/e2e/design.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { SEED_SITE_DIR } from '../helpers/build-site';
import { all, readPage } from '../helpers/html';
import { SEED_SLUG } from '../helpers/seed';
import { compactMedia, readStylesheet, rulesOf, stylesheetHrefs, valueFor, type FoundRule } from '../helpers/stylesheets';

const EDITIONS = ['zh-hant', 'zh-hans'] as const;
const articlePage = (edition: string) => `/${edition}/articles/${SEED_SLUG}/`;
const SITE_STYLESHEET = /^\/_astro\/[\w.-]+\.css$/;

describe('the stylesheets each page links', () => {
  const articleSheets = (edition: string) => stylesheetHrefs(readPage(SEED_SITE_DIR, articlePage(edition)));
  /** The site stylesheet: the one hashed sheet the article page links (its other sheet is its own highlights). */
  const siteSheet = articleSheets('zh-hant').find((href) => SITE_STYLESHEET.test(href)) ?? '';

  it.each(EDITIONS)('the %s article links the site stylesheet and its own actor highlights, nothing else', (edition) => {
    const page = readPage(SEED_SITE_DIR, articlePage(edition));
    expect(articleSheets(edition)).toEqual(expect.arrayContaining([siteSheet, `${articlePage(edition)}highlights.css`]));
    expect(articleSheets(edition)).toHaveLength(2);
    expect(all(page, 'style')).toEqual([]);
  });

  it('every page links the same site stylesheet, so it is fetched once; a page adds at most a sheet of its own', () => {
    const paths = EDITIONS.flatMap((edition) => [articlePage(edition), `/${edition}/`, `/${edition}/search/`, `/${edition}/actors/`, `/${edition}/actors/maduro/`]);
    for (const path of paths) {
      const hrefs = stylesheetHrefs(readPage(SEED_SITE_DIR, path));
      expect(hrefs, path).toContain(siteSheet);
      expect(hrefs.length, path).toBeLessThanOrEqual(2);
    }
  });
});

describe('the site stylesheet', () => {
  const href = stylesheetHrefs(readPage(SEED_SITE_DIR, articlePage('zh-hant'))).find((link) => SITE_STYLESHEET.test(link)) ?? '';
  const sheet = readStylesheet(SEED_SITE_DIR, href);
  const rules = rulesOf(sheet);
  const atRules: string[] = [];
  sheet.walkAtRules((atRule) => void atRules.push(`${atRule.name} ${atRule.params}`));
  const DARK = ['media (prefers-color-scheme:dark)'];
  const PRINT = ['media print'];
  const inMedia = (media: string[]) => (rule: FoundRule) => compactMedia(rule.media.join('|')) === compactMedia(media.join('|'));

  /** A custom property's value on :root (light, by default). */
  const token = (name: string, media: string[] = []) => {
    const found = rules.filter(inMedia(media)).filter((rule) => rule.selectors.includes(':root') && rule.declarations.has(name));
    return found.at(-1)?.declarations.get(name);
  };

  /** The font stack the rule for `lang` sets, with its var() resolved from the tokens. */
  const fontStackFor = (lang: string) => {
    const rule = rules.find((candidate) => candidate.media.length === 0 && candidate.selectors.some((selector) => selector.includes(`:lang(${lang})`)) && candidate.declarations.has('font-family'));
    const value = rule?.declarations.get('font-family') ?? '';
    return value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => token(name) ?? '');
  };

  it('chooses Traditional and Simplified CJK system fonts by :lang(zh-Hant) and :lang(zh-Hans)', () => {
    const hant = fontStackFor('zh-Hant');
    const hans = fontStackFor('zh-Hans');
    for (const face of ['PingFang TC', 'Noto Sans CJK TC', 'Microsoft JhengHei']) expect(hant).toContain(face);
    for (const face of ['PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei']) expect(hans).toContain(face);
    expect(hant).not.toMatch(/\bSC\b|YaHei/);
    expect(hans).not.toMatch(/\bTC\b|JhengHei/);
    expect(hant).toMatch(/sans-serif$/);
    expect(hans).toMatch(/sans-serif$/);
  });

  it('loads no web font and imports nothing', () => {
    expect(atRules.filter((atRule) => /^(font-face|import)\b/.test(atRule))).toEqual([]);
    expect(sheet.toString()).not.toMatch(/url\([^)]*\.(woff2?|ttf|otf|eot)\b/i);
  });

  it('sets Chinese text with a line height for long reading (1.7–2)', () => {
    const lineHeight = rules.find((rule) => rule.selectors.includes(':root:lang(zh)'))?.declarations.get('line-height') ?? '';
    const resolved = Number(lineHeight.replace(/var\((--[\w-]+)\)/, (_, name: string) => token(name) ?? ''));
    expect(resolved).toBeGreaterThanOrEqual(1.7);
    expect(resolved).toBeLessThanOrEqual(2);
  });

  it('keeps <q> from drawing quotation marks (the text carries its own 「」)', () => {
    expect(valueFor(rules, 'q', 'quotes')).toBe('none');
  });

  it('has a dark scheme following prefers-color-scheme that changes the text and background colours', () => {
    expect(atRules).toContain('media (prefers-color-scheme:dark)');
    for (const name of ['--color-text', '--color-background', '--color-highlight']) {
      expect(token(name, DARK), name).toBeDefined();
      expect(token(name, DARK), name).not.toBe(token(name));
    }
  });

  it('prints without the edition toggle, navigation or search', () => {
    const hidden = rules.filter(inMedia(PRINT)).filter((rule) => rule.declarations.get('display') === 'none').flatMap((rule) => rule.selectors);
    for (const selector of ['.edition-toggle', '.site-header nav', '.skip-link', '.search-form']) expect(hidden).toContain(selector);
  });

  it('prints the address after each external link', () => {
    const after = rules.filter(inMedia(PRINT)).find((rule) => rule.selectors.some((selector) => /^a\[href\^=["']?http["']?\]::?after$/.test(selector)));
    expect(after?.declarations.get('content')).toMatch(/attr\(href\)/);
  });

  it('prints the sidebars after the text, black on white', () => {
    const print = rules.filter(inMedia(PRINT));
    expect(valueFor(print, '.article-page', 'display', PRINT)).toBe('block');
    expect(valueFor(print, '.article-sidebars', 'position', PRINT)).toBe('static');
    expect(token('--color-background', PRINT)).toMatch(/^#fff(fff)?$/);
    expect(token('--color-text', PRINT)).toMatch(/^#000(000)?$/);
  });
});
