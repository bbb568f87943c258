/** JSON-LD, Open Graph and Twitter tags, checked against the article's own frontmatter: the seed, and a fixture with a hero picture. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readYamlPart } from '../../src/lib/content/locate-issues';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { ArticleSchema } from '../../src/schemas/article';
import { buildSite, PROJECT_ROOT, SEED_SITE_DIR } from '../helpers/build-site';
import { ACTOR_ENTRY, ACTOR_NAME, ACTOR_ORIGINAL, ACTOR_ROLE, OPEN_ACTOR_ENTRY, QUOTE_ENTRY, QUOTE_WORDS } from '../helpers/annotation-selectors';
import { all, one, readPage, textOf } from '../helpers/html';
import { SEED_MARKDOWN_FILE, SEED_SLUG } from '../helpers/seed';

const SITE = process.env.SITE_URL ?? 'https://news.example.org';
const article = ArticleSchema.parse(readYamlPart(SEED_MARKDOWN_FILE, readFileSync(SEED_MARKDOWN_FILE, 'utf8')));
const path = `/zh-hant/articles/${SEED_SLUG}/`;
const page = readPage(SEED_SITE_DIR, path);
const url = `${SITE}${path}`;

function meta(key: string): string | undefined {
  const element = all(page, `head meta[property="${key}"], head meta[name="${key}"]`)[0];
  return element ? String(element.properties.content) : undefined;
}

describe('NewsArticle JSON-LD on the seed article', () => {
  const scripts = all(page, 'script[type="application/ld+json"]');
  const ld = JSON.parse(textOf(scripts[0]!)) as Record<string, any>;

  it('is one JSON-LD block in the head', () => {
    expect(scripts).toHaveLength(1);
    expect(all(page, 'head script[type="application/ld+json"]')).toHaveLength(1);
  });

  it('describes this page as a schema.org NewsArticle in the edition language', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['@id']).toBe(url);
    expect(ld.mainEntityOfPage).toBe(url);
    expect(ld.inLanguage).toBe(one(page, 'html').properties.lang);
  });

  // Each mention is a schema.org Role around the actor (src/lib/structured-data/news-article.ts).
  const things = () => ld.mentions.map((role: any) => role.mentions);

  it('mentions the actors the sidebar shows open, in its order, typed by kind, each in a Role', () => {
    const sidebarActors = all(page, `.article-sidebars ${OPEN_ACTOR_ENTRY}`);
    expect(ld.mentions.every((role: any) => role['@type'] === 'Role')).toBe(true);
    expect(things().map((thing: any) => thing.name)).toEqual(sidebarActors.map((entry) => textOf(one(entry, ACTOR_NAME))));
    const types = { person: 'Person', state: 'Country', organisation: 'Organization' };
    const maduro = things().find((thing: any) => thing.alternateName === 'Nicolás Maduro');
    expect(maduro).toMatchObject({ '@type': types.person, name: '尼古拉斯·馬杜羅' });
    expect(things().some((thing: any) => thing['@type'] === types.state)).toBe(true);
  });

  it('gives the name in the actor’s own language where the sidebar shows it, and only there', () => {
    const shown = all(page, `.article-sidebars ${ACTOR_ENTRY}`).flatMap((entry) => all(entry, ACTOR_ORIGINAL).map(textOf));
    expect(shown.length).toBeGreaterThan(0);
    expect(things().flatMap((thing: any) => (thing.alternateName ? [thing.alternateName] : []))).toEqual(shown);
    // Xi Jinping stands open, his name in Chinese characters only: named, without an original that adds nothing.
    expect(things()).toContainEqual({ '@type': 'Person', name: '習近平' });
  });

  it('leaves the quotes to annotations.json, which has every one with its speakers, rather than copy them a third time', () => {
    expect(ld).not.toHaveProperty('hasPart');
    const openData = JSON.parse(readFileSync(resolve(SEED_SITE_DIR, `zh-hant/articles/${SEED_SLUG}/annotations.json`), 'utf8'));
    const entries = all(page, `.article-sidebars ${QUOTE_ENTRY}`);
    expect(openData.quotes.map((quote: { text: string }) => quote.text)).toEqual(entries.map((entry) => textOf(one(entry, QUOTE_WORDS)).slice(1, -1)));
  });

  it('carries the headline, standfirst and dates of the frontmatter', () => {
    expect(ld.headline).toBe(article.title);
    expect(ld.headline).toBe(textOf(one(page, 'h1')));
    expect(ld.description).toBe(article.dek);
    expect(ld.datePublished).toBe(article.date);
    expect(ld.dateModified).toBe(article.updated ?? article.date);
  });

  it('names the original source as publisher and the byline as author', () => {
    const original = article.sources.find((source) => source.role === 'original')!;
    expect(ld.publisher).toMatchObject({ '@type': 'Organization', name: original.name });
    expect(ld.author.name).toBe(article.byline);
  });

  it('cites every cited source and lists syndicated copies', () => {
    expect(ld.citation.map((work: any) => work.name)).toEqual(article.sources.filter((source) => source.role === 'cited').map((source) => source.name));
    expect(ld.sameAs).toEqual(article.sources.filter((source) => source.role === 'syndication').map((source) => source.url));
  });

  it('claims no image, since the seed carries no picture file', () => {
    expect(article.images.some((image) => image.src)).toBe(false);
    expect(ld).not.toHaveProperty('image');
  });
});

describe('the roles in the seed article’s JSON-LD, in both editions', () => {
  const actorFile = (id: string) => parseYaml(readFileSync(resolve(PROJECT_ROOT, `content/actors/${id}.yaml`), 'utf8')) as { role: string; original?: string };
  const siteOverrides = parseYaml(readFileSync(resolve(PROJECT_ROOT, 'content/conversion.yaml'), 'utf8')) as Record<string, string>;
  // As the Simplified edition converts the article's words: its own map on top of the site's.
  const converter = simplifiedConverter({ ...siteOverrides, ...article.conversion });
  const editionPage = (edition: string) => readPage(SEED_SITE_DIR, `/${edition}/articles/${SEED_SLUG}/`);
  const mentionsOf = (edition: string) => (JSON.parse(textOf(one(editionPage(edition), 'script[type="application/ld+json"]'))) as { mentions: any[] }).mentions;
  // The mentions follow the sidebar's open entries (tested above): the entry's id names the actor.
  const openIds = (edition: string) => all(editionPage(edition), `.article-sidebars ${OPEN_ACTOR_ENTRY}`).map((entry) => String(entry.properties.id).replace(/^actor-/, ''));

  it('gives each actor the role this article gives it, not the actor file’s lasting one', () => {
    const ids = openIds('zh-hant');
    expect(ids).toHaveLength(8);
    // The seed gives a role to every actor it names; the file's lasting role differs, so this could fail.
    for (const id of ids) expect(article.roles[id], id).toBeDefined();
    expect(ids.filter((id) => article.roles[id] !== actorFile(id).role).length).toBeGreaterThan(0);
    expect(mentionsOf('zh-hant').map((role) => role.roleName)).toEqual(ids.map((id) => article.roles[id]));
    expect(mentionsOf('zh-hant').find((role) => role.mentions.name === '尼古拉斯·馬杜羅')).toMatchObject({ '@type': 'Role', roleName: '委內瑞拉總統' });
  });

  it('converts the roles in the Simplified edition, as the sidebar does, and leaves the names in their own language as written', () => {
    const ids = openIds('zh-hans');
    expect(ids).toEqual(openIds('zh-hant'));
    const mentions = mentionsOf('zh-hans');
    expect(mentions.map((role) => role.roleName)).toEqual(ids.map((id) => converter.convert(article.roles[id]!)));
    // Converted for real: at least one role reads differently in Simplified.
    expect(mentions.map((role) => role.roleName)).not.toEqual(mentionsOf('zh-hant').map((role) => role.roleName));
    const sidebar = all(editionPage('zh-hans'), `.article-sidebars ${OPEN_ACTOR_ENTRY}`).map((entry) => textOf(one(entry, ACTOR_ROLE)));
    expect(mentions.map((role) => role.roleName)).toEqual(sidebar);
    for (const [index, role] of mentions.entries()) {
      const original = actorFile(ids[index]!).original;
      if (role.mentions.alternateName !== undefined) expect(role.mentions.alternateName).toBe(original);
    }
    expect(mentions.find((role) => role.mentions.alternateName === 'Россия')).toMatchObject({ roleName: '委内瑞拉的盟友，多年来提供军事支持' });
  });
});

describe('Open Graph and Twitter card on the seed article', () => {
  it('shares the page as an article with its title, standfirst and canonical address', () => {
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBe(article.title);
    expect(meta('og:description')).toBe(article.dek);
    expect(meta('og:url')).toBe(url);
    expect(meta('og:url')).toBe(String(one(page, 'link[rel=canonical]').properties.href));
    expect(meta('og:locale')).toBe('zh_TW');
    expect(meta('article:published_time')).toBe(article.date);
  });

  it('uses the small card without a picture', () => {
    expect(meta('twitter:card')).toBe('summary');
    expect(meta('og:image')).toBeUndefined();
    // X falls back to Open Graph's title and description: the page does not repeat them.
    expect(meta('twitter:title')).toBeUndefined();
    expect(meta('og:title')).toBe(article.title);
  });

  it('shares the edition home page as a website', () => {
    const home = readPage(SEED_SITE_DIR, '/zh-hant/');
    const type = all(home, 'meta[property="og:type"]')[0];
    expect(type?.properties.content).toBe('website');
  });
});

describe('an article with a hero picture (tests/fixtures/sites/picture-article)', () => {
  const build = buildSite('structured-data-hero', { contentDir: resolve(PROJECT_ROOT, 'tests/fixtures/sites/picture-article') });
  if (!build.ok) throw new Error(build.output);
  const heroPage = readPage(build.outDir, '/zh-hant/articles/with-pictures/');
  const heroLd = JSON.parse(textOf(one(heroPage, 'script[type="application/ld+json"]'))) as Record<string, any>;
  const metaOf = (key: string) => String(one(heroPage, `head meta[property="${key}"], head meta[name="${key}"]`).properties.content);
  const fileFor = (url: string) => resolve(build.outDir, new URL(url).pathname.slice(1));

  it('shows the hero picture, optimised, with its alt text', () => {
    const img = one(heroPage, 'figure.hero img');
    expect(img.properties.alt).toBe('藍色的封面圖');
    expect(String(img.properties.src)).toMatch(/^\/_astro\/hero\.[\w-]+\.(webp|avif|png|jpg)$/);
    expect(existsSync(resolve(build.outDir, String(img.properties.src).slice(1)))).toBe(true);
  });

  it('keeps the caption and the credit apart, as two phrases (封面圖說明 測試圖片社, not 封面圖說明測試圖片社)', () => {
    expect(textOf(one(heroPage, 'figure.hero figcaption')).trim()).toBe('封面圖說明 測試圖片社');
    expect(textOf(one(heroPage, 'figure.hero figcaption .credit'))).toBe('測試圖片社');
  });

  it('gives the JSON-LD an ImageObject whose file exists, with caption and credit', () => {
    expect(heroLd.image).toMatchObject({ '@type': 'ImageObject', caption: '封面圖說明', creditText: '測試圖片社' });
    expect(existsSync(fileFor(heroLd.image.url))).toBe(true);
  });

  it('shares the same picture on the large card', () => {
    expect(metaOf('twitter:card')).toBe('summary_large_image');
    expect(metaOf('og:image')).toBe(heroLd.image.url);
    expect(metaOf('og:image:alt')).toBe('藍色的封面圖');
    expect(metaOf('og:image')).toMatch(/\.jpg$/);
  });
});
