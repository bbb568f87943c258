/** The seed page's sidebars, their links both ways, and annotations.json, read from the built site. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { SEED_SITE_DIR } from '../helpers/build-site';
import { all, one, readPage, textOf } from '../helpers/html';
import { SEED_SLUG } from '../helpers/seed';

const path = `/zh-hant/articles/${SEED_SLUG}/`;
const page = readPage(SEED_SITE_DIR, path);
const body = one(page, '.article-body');
const sidebars = one(page, '.article-sidebars');
const json = JSON.parse(readFileSync(resolve(SEED_SITE_DIR, `zh-hant/articles/${SEED_SLUG}/annotations.json`), 'utf8'));
const ids = new Set(all(page, '[id]').map((element) => String(element.properties.id)));
const fragment = (link: Element) => String(link.properties.href).replace(/^#/, '');

describe('the seed sidebars', () => {
  it('shows actors, quotes and key figures after the text', () => {
    expect(all(sidebars, 'h2').map(textOf)).toEqual(['人物與機構', '引述', '關鍵數字']);
  });

  it('groups actors as people, states and organisations', () => {
    expect(all(sidebars, '.actor-group h3').map(textOf)).toEqual(['人物', '國家', '機構與媒體']);
  });

  it('lists every person, state and outlet the article names', () => {
    const listed = all(sidebars, '.actor').map((entry) => String(entry.properties.id));
    for (const id of ['maduro', 'chavez', 'trump', 'xi-jinping', 'peskov', 'zakharova', 'ryabkov', 'guaido', 'machado', 'gonzalez', 'reyes-matta', 'rouvinski', 'venezuela', 'china', 'russia', 'united-states', 'washington-post', 'tass', 'cfr', 'china-latam-finance']) {
      expect(listed).toContain(`actor-${id}`);
    }
  });

  it('has every in-page link of the sidebars point to an element on the page', () => {
    const links = all(sidebars, 'a[href^="#"]');
    expect(links.length).toBeGreaterThan(100);
    for (const link of links) expect(ids, `${link.properties.href}`).toContain(fragment(link));
  });

  it('has every annotation in the text link to its sidebar entry', () => {
    const links = all(body, 'a.mention, a.quote-link, a.figure-link');
    expect(links.length).toBeGreaterThan(100);
    for (const link of links) expect(ids, `${link.properties.href}`).toContain(fragment(link));
  });

  it.each([
    ['zh-hant', '「', '」'],
    ['zh-hans', '“', '”'],
  ])('shows each sidebar quote verbatim in the %s text, at the anchor it links to', (edition, open, close) => {
    const editionPage = readPage(SEED_SITE_DIR, `/${edition}/articles/${SEED_SLUG}/`);
    const editionBody = one(editionPage, '.article-body');
    const entries = all(one(editionPage, '.article-sidebars'), '.quote-entry');
    expect(entries.length).toBe(all(sidebars, '.quote-entry').length);
    for (const entry of entries) {
      const words = textOf(one(entry, '.quote-text'));
      const target = one(editionBody, `q#${fragment(one(entry, 'a.quote-source'))}`);
      expect(textOf(target)).toBe(words);
      expect(textOf(editionBody)).toContain(`${open}${words}${close}`);
    }
  });

  it('includes the short quotes 持續工作聯繫 and 肩並肩', () => {
    const quotes = all(sidebars, '.quote-text').map(textOf);
    expect(quotes).toContain('持續工作聯繫');
    expect(quotes).toContain('肩並肩');
  });

  it('links each key figure to the words it comes from', () => {
    for (const entry of all(sidebars, '.figure-entry')) {
      const target = one(body, `data#${fragment(one(entry, 'a.figure-source'))}`);
      expect(textOf(one(entry, 'a.figure-source'))).toBe(`原文：${textOf(target)}`);
      expect(one(entry, 'data').properties.value).toBe(target.properties.value);
    }
  });

  it('formats figures for reading', () => {
    const numbers = all(sidebars, '.figure-number').map(textOf);
    expect(numbers).toContain('15,000人');
    expect(numbers).toContain('600億美元');
  });

  it('counts each actor’s mentions as the text has them', () => {
    for (const entry of all(sidebars, '.actor')) {
      const actor = String(entry.properties.id).replace(/^actor-/, '');
      expect(Number(textOf(one(entry, '.actor-count')))).toBe(all(body, `.mention[data-actor="${actor}"]`).length);
    }
  });

  it('loads the stylesheet that highlights an actor’s mentions when its entry is the target', () => {
    const href = String(one(page, 'link[href$="actor-highlights.css"]').properties.href);
    const css = readFileSync(resolve(SEED_SITE_DIR, href.replace(/^\//, '')), 'utf8');
    expect(css).toContain('.article-page:has(#actor-maduro:target) .article-body [data-actor="maduro"]');
  });

});

describe('annotations.json', () => {
  it('describes the article', () => {
    expect(json).toMatchObject({ slug: SEED_SLUG, title: textOf(one(page, 'h1')), date: '2025-12-11', lang: 'zh-Hant' });
  });

  it('lists each actor’s mentions as the anchors in the text, in order', () => {
    for (const actor of json.actors) {
      expect(actor.mentions).toEqual(all(body, `.mention[data-actor="${actor.id}"]`).map((element) => element.properties.id));
    }
    expect(json.actors.map((actor: { id: string }) => `actor-${actor.id}`)).toEqual(expect.arrayContaining(all(sidebars, '.actor').map((entry) => entry.properties.id)));
  });

  it('has each quote’s words at its anchor in the text', () => {
    expect(json.quotes).toHaveLength(all(body, 'q').length);
    for (const quote of json.quotes) expect(textOf(one(body, `q#${quote.id}`))).toBe(quote.text);
    expect(json.quotes).toContainEqual(expect.objectContaining({ by: 'zakharova', via: null, text: '任何升級只會導致更大問題' }));
  });

  it('has each figure’s value and words at its anchor in the text', () => {
    for (const figure of json.figures) {
      const element = one(body, `data#${figure.id}`);
      expect(element.properties.value).toBe(String(figure.value));
      expect(textOf(element)).toBe(figure.text);
    }
    expect(json.figures).toContainEqual(expect.objectContaining({ value: 15000, unit: '人', text: '近15000名士兵' }));
  });
});
