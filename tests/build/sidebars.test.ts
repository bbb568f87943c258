/** The seed page's sidebars, their links both ways, and annotations.json, read from the built site. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element } from 'hast';
import { originalTellsSomething } from '../../src/lib/actors/original-name';
import { describe, expect, it } from 'vitest';
import { SEED_SITE_DIR } from '../helpers/build-site';
import {
  ACTOR_COUNT,
  ACTOR_ENTRY,
  ACTOR_ORIGINAL,
  FIGURE_ENTRY,
  FIGURE_NUMBER,
  FOLDED_ACTOR_ENTRY,
  INDEX_COUNT,
  MARK_LINK,
  mentionsOf,
  OPEN_ACTOR_ENTRY,
  QUOTE_ENTRY,
  QUOTE_SPEAKERS,
  QUOTE_VIA,
  QUOTE_WORDS,
} from '../helpers/annotation-selectors';
import { all, one, readPage, textOf } from '../helpers/html';
import { SEED_SLUG } from '../helpers/seed';

const path = `/zh-hant/articles/${SEED_SLUG}/`;
const page = readPage(SEED_SITE_DIR, path);
const body = one(page, '.article-body');
const sidebars = one(page, '.article-sidebars');
const json = JSON.parse(readFileSync(resolve(SEED_SITE_DIR, `zh-hant/articles/${SEED_SLUG}/annotations.json`), 'utf8'));
const ids = new Set(all(page, '[id]').map((element) => String(element.properties.id)));
const fragment = (link: Element) => String(link.properties.href).replace(/^#/, '');

/** A quote entry's words, as the link shows them between the edition's quotation marks. */
const quoteWords = (entry: Element, open = '「', close = '」') => {
  const text = textOf(one(entry, QUOTE_WORDS));
  expect(text.startsWith(open) && text.endsWith(close), text).toBe(true);
  return text.slice(open.length, -close.length);
};

describe('the seed sidebars', () => {
  it('shows the cast, quotes, key figures, charts and timeline after the text, in that order', () => {
    expect(all(sidebars, 'section.sidebar-section > h2').map(textOf)).toEqual(['人物與機構', '引述', '關鍵數字', '圖表', '時間線']);
  });

  it('opens with an index that links to every section, with how many entries each holds', () => {
    const index = one(page, 'nav.sidebar-index');
    const sections = all(sidebars, 'section.sidebar-section');
    expect(all(index, 'a').map(fragment)).toEqual(sections.map((section) => String(section.properties.id)));
    const countOf = (id: string) => Number(textOf(one(one(index, `a[href="#sidebar-${id}"]`), INDEX_COUNT)));
    expect(countOf('actors')).toBe(json.actors.length);
    expect(countOf('quotes')).toBe(json.quotes.length);
    expect(countOf('figures') + all(sidebars, '.figure-chart li').length).toBe(json.figures.length);
    expect(countOf('charts')).toBe(all(sidebars, 'figure.figure-chart').length);
    expect(countOf('timeline')).toBe(all(sidebars, '#sidebar-timeline li').length);
  });

  it('lists the actors most mentioned first: eight open, the rest folded under one summary line', () => {
    const open = all(sidebars, OPEN_ACTOR_ENTRY).map((entry) => String(entry.properties.id));
    const folded = all(sidebars, FOLDED_ACTOR_ENTRY).map((entry) => String(entry.properties.id));
    expect([...open, ...folded]).toEqual(json.actors.map((actor: { id: string }) => `actor-${actor.id}`));
    expect(open).toHaveLength(8);
    expect(textOf(one(sidebars, 'details.more-actors > summary'))).toBe(`其餘 ${json.actors.length - 8} 個`);
  });

  it('shows the names in their own language of the open actors only, where they tell the reader something; the folded ones leave them to their pages', () => {
    const originalOf = (entry: Element) => all(entry, ACTOR_ORIGINAL).map(textOf);
    const byId = new Map(json.actors.map((actor: { id: string; original: string | null }) => [`actor-${actor.id}`, actor.original]));
    const telling = (original: unknown) => [original].filter((name): name is string => typeof name === 'string' && originalTellsSomething(name));
    for (const entry of all(sidebars, OPEN_ACTOR_ENTRY)) expect(originalOf(entry)).toEqual(telling(byId.get(String(entry.properties.id))));
    // 中國 and 習近平 stand open, their originals (中华人民共和国, 习近平) in Chinese characters: the same name again, or
    // one a Traditional reader takes for a conversion error. Russia's Россия tells something.
    for (const id of ['china', 'xi-jinping']) expect(originalOf(one(sidebars, `[id="actor-${id}"]`)), id).toEqual([]);
    expect(byId.get('actor-china')).toBe('中华人民共和国');
    expect(originalOf(one(sidebars, '[id="actor-russia"]'))).toEqual(['Россия']);
    const folded = all(sidebars, FOLDED_ACTOR_ENTRY);
    expect(folded.length).toBeGreaterThan(0);
    for (const entry of folded) expect(originalOf(entry)).toEqual([]);
    // Still in the open data, and on the actor's page.
    const reyesMatta = json.actors.find((actor: { id: string }) => actor.id === 'reyes-matta');
    expect(folded.map((entry) => entry.properties.id)).toContain('actor-reyes-matta');
    expect(reyesMatta.original).toBe('Fernando Reyes Matta');
    expect(textOf(one(readPage(SEED_SITE_DIR, '/zh-hant/actors/reyes-matta/'), '.actor-original'))).toBe('Fernando Reyes Matta');
  });

  it('lists every person, state and outlet the article names', () => {
    const listed = all(sidebars, ACTOR_ENTRY).map((entry) => String(entry.properties.id));
    for (const id of ['maduro', 'chavez', 'trump', 'xi-jinping', 'peskov', 'zakharova', 'ryabkov', 'guaido', 'machado', 'gonzalez', 'reyes-matta', 'rouvinski', 'venezuela', 'china', 'russia', 'united-states', 'washington-post', 'tass', 'cfr', 'china-latam-finance']) {
      expect(listed).toContain(`actor-${id}`);
    }
  });

  it('gives each actor one action, to its first mention, and one link to its page', () => {
    for (const actor of json.actors as { id: string; mentions: string[] }[]) {
      const entry = one(sidebars, `#actor-${actor.id}`);
      expect(all(entry, 'a[href^="#"]').map(fragment)).toEqual([actor.mentions[0]]);
      expect(all(entry, 'a:not([href^="#"])').map((link) => link.properties.href)).toEqual([`/zh-hant/actors/${actor.id}/`]);
    }
  });

  it('has every in-page link of the sidebars point to an element on the page', () => {
    const links = all(sidebars, 'a[href^="#"]');
    expect(links.length).toBeGreaterThanOrEqual(json.actors.length + json.quotes.length + json.figures.length);
    for (const link of links) expect(ids, `${link.properties.href}`).toContain(fragment(link));
  });

  it('has every annotation in the text link to its sidebar entry', () => {
    const links = all(body, MARK_LINK);
    expect(links.length).toBeGreaterThan(100);
    for (const link of links) expect(ids, `${link.properties.href}`).toContain(fragment(link));
  });

  it.each([
    ['zh-hant', '「', '」'],
    ['zh-hans', '“', '”'],
  ])('shows each sidebar quote verbatim in the %s text, at the anchor it links to', (edition, open, close) => {
    const editionPage = readPage(SEED_SITE_DIR, `/${edition}/articles/${SEED_SLUG}/`);
    const editionBody = one(editionPage, '.article-body');
    const entries = all(one(editionPage, '.article-sidebars'), QUOTE_ENTRY);
    expect(entries.length).toBe(json.quotes.length);
    for (const entry of entries) {
      const words = quoteWords(entry, open, close);
      const target = one(editionBody, `q#${fragment(one(entry, QUOTE_WORDS))}`);
      expect(textOf(target)).toBe(words);
      expect(textOf(editionBody)).toContain(`${open}${words}${close}`);
    }
  });

  it('includes the short quotes 持續工作聯繫 and 肩並肩, each with its speaker and reporter', () => {
    const entries = all(sidebars, QUOTE_ENTRY);
    const entryOf = (words: string) => entries.find((entry) => quoteWords(entry) === words)!;
    expect(textOf(one(entryOf('持續工作聯繫'), QUOTE_SPEAKERS))).toBe('佩斯科夫');
    expect(textOf(one(entryOf('肩並肩'), QUOTE_VIA))).toBe('據塔斯社');
  });

  it('links each key figure to the words it comes from', () => {
    const entries = all(sidebars, FIGURE_ENTRY);
    expect(entries).toHaveLength(json.figures.length);
    for (const entry of entries) {
      const target = one(body, `data#${fragment(one(entry, FIGURE_NUMBER))}`);
      expect(one(entry, 'data').properties.value).toBe(target.properties.value);
    }
  });

  it('formats figures for reading', () => {
    const numbers = all(sidebars, FIGURE_ENTRY).map((entry) => textOf(one(entry, FIGURE_NUMBER)));
    expect(numbers).toContain('15,000人');
    expect(numbers).toContain('600億美元');
  });

  it('counts each actor’s mentions as the text has them', () => {
    for (const entry of all(sidebars, ACTOR_ENTRY)) {
      const actor = String(entry.properties.id).replace(/^actor-/, '');
      expect(textOf(one(entry, ACTOR_COUNT))).toBe(`提及${all(body, mentionsOf(actor)).length}次`);
    }
  });

  it('loads its own stylesheet that highlights an actor’s mentions when the actor is selected', () => {
    const href = String(one(page, 'link[href$="/highlights.css"]').properties.href);
    expect(href).toBe(`${path}highlights.css`);
    const css = readFileSync(resolve(SEED_SITE_DIR, href.replace(/^\//, '')), 'utf8');
    // Maduro is also named inside quotes (spans there); Chávez only in links.
    expect(css).toContain('main:has(#actor-maduro:target,#m-maduro-1:target) :is([href="#actor-maduro"],[data-actor="maduro"])');
    expect(css).toMatch(/main:has\(#actor-chavez:target,#m-chavez-1:target\) \[href="#actor-chavez"\][,{]/);
    expect(all(body, 'span[data-actor="chavez"]')).toHaveLength(0);
    // Only this article's actors, and only those it mentions more than once (one mention is the page's own :target).
    const several = json.actors.filter((actor: { mentions: string[] }) => actor.mentions.length > 1);
    expect(css.match(/main:has\(/g)).toHaveLength(several.length);
    expect(several.length).toBeLessThan(json.actors.length);
  });
});

describe('annotations.json', () => {
  it('describes the article', () => {
    expect(json).toMatchObject({ slug: SEED_SLUG, title: textOf(one(page, 'h1')), date: '2025-12-11', lang: 'zh-Hant' });
  });

  it('lists each actor’s mentions as the anchors in the text, in order', () => {
    for (const actor of json.actors) {
      expect(actor.mentions).toEqual(all(body, mentionsOf(actor.id)).map((element) => element.properties.id));
    }
    expect(json.actors.map((actor: { id: string }) => `actor-${actor.id}`)).toEqual(expect.arrayContaining(all(sidebars, ACTOR_ENTRY).map((entry) => entry.properties.id)));
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
