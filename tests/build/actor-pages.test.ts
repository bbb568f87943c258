/**
 * Actor pages and the actor index, built from a fixture site with two articles that share actors
 * (tests/fixtures/sites/two-articles), and from the seed site. The expected cross-references are read from each
 * article's own annotations.json, an output built independently of the actor pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, SEED_SITE_DIR } from '../helpers/build-site';
import { ACTOR_ENTRY, ACTOR_NAME, ACTOR_PAGE_LINK } from '../helpers/annotation-selectors';
import { all, one, readPage, textOf } from '../helpers/html';
import { SEED_SLUG } from '../helpers/seed';
import { brokenLinks, describeProblems } from '../helpers/site-links';

const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles');
const SITE = 'https://news.example.org';
const EDITIONS = ['zh-hant', 'zh-hans'] as const;
const ACTOR_IDS = readdirSync(resolve(FIXTURE, 'actors'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.slice(0, -'.yaml'.length))
  .sort();

interface OpenData {
  slug: string;
  date: string;
  actors: { id: string }[];
  quotes: { id: string; speakers: string[]; via: string | null; text: string }[];
}

function openData(siteDir: string, slug: string): OpenData {
  return JSON.parse(readFileSync(resolve(siteDir, `zh-hant/articles/${slug}/annotations.json`), 'utf8')) as OpenData;
}

/** `/zh-hant/articles/x/#q-1` → the page and the element the link opens at. */
function target(siteDir: string, href: string): { page: Root; element: Element | undefined } {
  const [path = '', anchor = ''] = href.split('#');
  const page = readPage(siteDir, path);
  return { page, element: all(page, `[id="${anchor}"]`)[0] };
}

const hrefOf = (element: Element) => String(element.properties.href);
const articleSlugOf = (href: string) => /\/articles\/([^/]+)\//.exec(href)?.[1];

describe('actor pages of a site with two articles sharing actors', () => {
  let dir = '';
  let articles: OpenData[] = [];
  beforeAll(() => {
    const build = buildSite('two-articles', { contentDir: FIXTURE });
    if (!build.ok) throw new Error(`the fixture site does not build:\n${build.output}`);
    dir = build.outDir;
    articles = ['earlier-article', 'later-article'].map((slug) => openData(dir, slug));
  });

  it("leads each edition home with the editor's featured article, though older, then lists the other", () => {
    for (const edition of EDITIONS) {
      const home = readPage(dir, `/${edition}/`);
      expect(all(home, '.home-lead .article-card h2 a').map(hrefOf)).toEqual([`/${edition}/articles/earlier-article/`]);
      expect(all(home, '.article-list .article-card h2 a').map(hrefOf)).toEqual([`/${edition}/articles/later-article/`]);
    }
  });

  it('ends the later article with the earlier to read next, saying which actors they share, and the earlier with none', () => {
    const items = all(readPage(dir, '/zh-hant/articles/later-article/'), '#read-next li');
    expect(items.map((item) => hrefOf(one(item, 'a')))).toEqual(['/zh-hant/articles/earlier-article/']);
    expect(textOf(one(items[0]!, 'p'))).toMatch(/同樣提及.*馬杜羅/);
    expect(textOf(one(readPage(dir, '/zh-hans/articles/later-article/'), '#read-next p'))).toMatch(/同样提及.*马杜罗/);
    // Read next looks back only (src/lib/related/related-articles.ts): publishing the later changed nothing on the earlier.
    for (const edition of EDITIONS) expect(all(readPage(dir, `/${edition}/articles/earlier-article/`), '#read-next')).toEqual([]);
  });

  it('builds a page for every actor in both editions, and an index', () => {
    for (const edition of EDITIONS) {
      for (const id of ACTOR_IDS) expect(one(readPage(dir, `/${edition}/actors/${id}/`), 'h1')).toBeTruthy();
      const links = all(readPage(dir, `/${edition}/actors/`), 'main a.actor-name').map(hrefOf).sort();
      expect(links).toEqual(ACTOR_IDS.map((id) => `/${edition}/actors/${id}/`));
    }
  });

  it('lists on each actor page exactly the articles that name it, newest first', () => {
    for (const id of ACTOR_IDS) {
      const expected = articles
        .filter((article) => article.actors.some((actor) => actor.id === id))
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((article) => article.slug);
      const listed = all(readPage(dir, `/zh-hant/actors/${id}/`), '.actor-article > a').map((link) => articleSlugOf(hrefOf(link)));
      expect(listed, id).toEqual(expected);
    }
    // The fixture is built so that the shared actors really are shared, and one actor is named nowhere.
    const slugsOf = (id: string) => all(readPage(dir, `/zh-hant/actors/${id}/`), '.actor-article > a').map((link) => articleSlugOf(hrefOf(link)));
    expect(slugsOf('maduro')).toEqual(['later-article', 'earlier-article']);
    expect(slugsOf('venezuela')).toEqual(['later-article', 'earlier-article']);
    expect(slugsOf('cfr')).toEqual([]);
    expect(textOf(one(readPage(dir, '/zh-hant/actors/cfr/'), '.actor-empty'))).toContain('沒有文章提及');
  });

  it("opens each listed article at the actor's first appearance", () => {
    for (const id of ACTOR_IDS) {
      for (const link of all(readPage(dir, `/zh-hant/actors/${id}/`), '.actor-article > a')) {
        const { element } = target(dir, hrefOf(link));
        expect(element, hrefOf(link)).toBeDefined();
        const names = [element?.properties.dataActor, ...String(element?.properties.id).split('-').slice(1, -1)];
        expect(names.some((name) => name === id) || element?.tagName === 'q', hrefOf(link)).toBe(true);
      }
    }
    const first = one(readPage(dir, '/zh-hant/actors/maduro/'), '.actor-article > a');
    expect(hrefOf(first)).toBe('/zh-hant/articles/later-article/#m-maduro-1');
  });

  it("links every quote back to the <q> in the right article, with the speaker's words", () => {
    for (const id of ACTOR_IDS) {
      const expected = articles
        .sort((a, b) => b.date.localeCompare(a.date))
        .flatMap((article) => article.quotes.filter((quote) => quote.speakers.includes(id)).map((quote) => `${article.slug}#${quote.id}`));
      const quotes = all(readPage(dir, `/zh-hant/actors/${id}/`), '.actor-quotes .actor-quote');
      expect(quotes.map((quote) => `${articleSlugOf(hrefOf(one(quote, 'a.quote-source')))}#${hrefOf(one(quote, 'a.quote-source')).split('#')[1]}`), id).toEqual(expected);
      for (const quote of quotes) {
        const { element } = target(dir, hrefOf(one(quote, 'a.quote-source')));
        expect(element?.tagName).toBe('q');
        expect(textOf(element!)).toBe(textOf(one(quote, '.quote-text')));
      }
    }
    expect(all(readPage(dir, '/zh-hant/actors/maduro/'), '.actor-quotes .actor-quote')).toHaveLength(1);
    expect(all(readPage(dir, '/zh-hant/actors/trump/'), '.actor-quotes .actor-quote')).toHaveLength(1);
  });

  it('names the reporter of a quote, and lists the quote on the reporter’s page', () => {
    const quote = one(readPage(dir, '/zh-hant/actors/maduro/'), '.actor-quote');
    expect(hrefOf(one(quote, '.quote-via a'))).toBe('/zh-hant/actors/tass/');
    const reported = all(readPage(dir, '/zh-hant/actors/tass/'), '.actor-reported .actor-quote a.quote-source').map(hrefOf);
    expect(reported).toEqual(['/zh-hant/articles/earlier-article/#q-maduro-1']);
  });

  it('shows name, original name (kept as written), kind and role', () => {
    const page = readPage(dir, '/zh-hans/actors/tass/');
    expect(textOf(one(page, 'h1'))).toBe('塔斯社');
    const original = one(page, '.actor-original');
    expect(original.properties.translate).toBe('no');
    expect(textOf(original)).toBe('ТАСС');
    expect(textOf(one(page, '.actor-role'))).toBe('俄国国营通讯社');
    expect(textOf(one(page, '.actor-kind'))).toBe('机构与媒体');
  });

  it('converts the Simplified actor pages and keeps their ids and links', () => {
    for (const id of ACTOR_IDS) {
      const hant = readPage(dir, `/zh-hant/actors/${id}/`);
      const hans = readPage(dir, `/zh-hans/actors/${id}/`);
      const ids = (tree: Root) => all(tree, '[id]').map((element) => String(element.properties.id));
      const hrefs = (tree: Root) => all(tree, 'body a[href]').map((link) => hrefOf(link).replace(/\/zh-han[st]\//, '/EDITION/'));
      expect(ids(hans), id).toEqual(ids(hant));
      expect(hrefs(hans), id).toEqual(hrefs(hant));
    }
    expect(textOf(one(readPage(dir, '/zh-hant/actors/maduro/'), 'h1'))).toBe('尼古拉斯·馬杜羅');
    expect(textOf(one(readPage(dir, '/zh-hans/actors/maduro/'), 'h1'))).toBe('尼古拉斯·马杜罗');
    expect(textOf(one(readPage(dir, '/zh-hans/actors/'), 'h1'))).toBe('人物与机构');
  });

  it("converts an actor page with the site's overrides, and a quote with its article's own map", () => {
    const actorPage = textOf(one(readPage(dir, '/zh-hans/actors/maduro/'), 'main'));
    const articlePage = textOf(one(readPage(dir, '/zh-hans/articles/earlier-article/'), '.article-body'));
    // The article's own map (軍事合作: 军事协作) applies to its words wherever they are shown: the quote reads the
    // same on the actor page as in the article (tests/build/article-words-everywhere.test.ts checks every page).
    expect(articlePage).toContain('军事协作');
    expect(actorPage).toContain('扩大军事协作');
    expect(actorPage).not.toContain('军事合作');
    // The site's file (報導: 报道) applies everywhere.
    expect(actorPage).toContain('报道');
    expect(actorPage).not.toContain('报导');
  });

  it('links each actor in the article sidebar to its page, and its name to where it first appears in the text', () => {
    const later = articles[1]!;
    for (const edition of EDITIONS) {
      const page = readPage(dir, `/${edition}/articles/later-article/`);
      const entries = all(page, ACTOR_ENTRY);
      expect(entries).toHaveLength(3);
      for (const entry of entries) {
        const id = String(entry.properties.id).replace(/^actor-/, '');
        const anchor = hrefOf(one(entry, ACTOR_NAME)).replace(/^#/, '');
        const named = later.quotes.filter((quote) => quote.speakers.includes(id) || quote.via === id).map((quote) => quote.id);
        expect([`m-${id}-1`, ...named]).toContain(anchor);
        expect(all(page, `[id="${anchor}"]`)).toHaveLength(1);
        expect(hrefOf(one(entry, ACTOR_PAGE_LINK))).toBe(`/${edition}/actors/${id}/`);
      }
    }
  });

  it('marks the current section in the navigation', () => {
    const current = (path: string) =>
      all(readPage(dir, path), '.site-nav a[aria-current]').map((link) => [hrefOf(link), String(link.properties.ariaCurrent)]);
    expect(current('/zh-hant/actors/')).toEqual([['/zh-hant/actors/', 'page']]);
    expect(current('/zh-hans/actors/maduro/')).toEqual([['/zh-hans/actors/', 'true']]);
    expect(current('/zh-hant/')).toEqual([['/zh-hant/', 'page']]);
    expect(current('/zh-hant/articles/later-article/')).toEqual([]);
    expect(all(readPage(dir, '/zh-hant/actors/maduro/'), '.edition-toggle a').map(hrefOf)).toEqual(['/zh-hans/actors/maduro/']);
  });

  it('lists actor pages in the sitemap and gives them a canonical address and hreflang alternates', () => {
    const sitemap = readFileSync(resolve(dir, 'sitemap-pages.xml'), 'utf8');
    for (const edition of EDITIONS) for (const id of ACTOR_IDS) expect(sitemap).toContain(`<loc>${SITE}/${edition}/actors/${id}/</loc>`);
    const head = readPage(dir, '/zh-hans/actors/maduro/');
    expect(one(head, 'link[rel=canonical]').properties.href).toBe(`${SITE}/zh-hans/actors/maduro/`);
    expect(one(head, 'link[rel=alternate][hreflang=zh-Hant]').properties.href).toBe(`${SITE}/zh-hant/actors/maduro/`);
  });

  it('has no broken link or anchor anywhere', () => {
    expect(describeProblems(brokenLinks(dir, { site: SITE }))).toBe('');
  });
});

describe('actor pages of the seed site', () => {
  const seed = openData(SEED_SITE_DIR, SEED_SLUG);

  it("lists the seed article on Maduro's page with as many quotes as the article attributes to him", () => {
    const page = readPage(SEED_SITE_DIR, '/zh-hant/actors/maduro/');
    expect(all(page, '.actor-article > a').map(hrefOf)).toEqual([`/zh-hant/articles/${SEED_SLUG}/#m-maduro-1`]);
    const byMaduro = seed.quotes.filter((quote) => quote.speakers.includes('maduro'));
    expect(byMaduro.length).toBeGreaterThan(0);
    expect(all(page, '.actor-quotes .actor-quote').map((quote) => hrefOf(one(quote, 'a.quote-source')).split('#')[1])).toEqual(byMaduro.map((quote) => quote.id));
  });

  it('gives every actor of the seed article a page linked from the (paged) index, with a count of one article', () => {
    const indexPages = [readPage(SEED_SITE_DIR, '/zh-hant/actors/')];
    for (let number = 2; existsSync(resolve(SEED_SITE_DIR, `zh-hant/actors/page/${number}/index.html`)); number++) {
      indexPages.push(readPage(SEED_SITE_DIR, `/zh-hant/actors/page/${number}/`));
    }
    const actorFiles = readdirSync(resolve(PROJECT_ROOT, 'content/actors')).filter((file) => file.endsWith('.yaml'));
    expect(indexPages.length).toBe(Math.ceil(actorFiles.length / 20));
    for (const { id } of seed.actors) {
      const [entry, ...again] = indexPages.flatMap((page) => all(page, `li.actor[data-actor="${id}"]`));
      expect(again, id).toEqual([]);
      if (!entry) throw new Error(`the actor index does not list ${id}`);
      expect(textOf(one(entry, '.actor-count'))).toBe('1');
      expect(hrefOf(one(entry, 'a.actor-name'))).toBe(`/zh-hant/actors/${id}/`);
    }
  });
});
