/**
 * The archive as analysis, on the generated archive (tests/helpers/archive-site.ts), in both editions: what to
 * read next after each article, who appears with whom, the figure series, the home's lead, the month links and the
 * actor index by name. What each page should show comes from the generator's manifest and each article's own
 * annotations.json (built independently of these pages), never from the pages themselves; where the expectation
 * is a computed choice (read next), it is computed by the choosing module from that independent data, and the
 * module's own rules are tested in tests/unit/related-articles.test.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_PAGE_SIZE, archiveManifest, ensureArchiveSite } from '../helpers/archive-site';
import { all, one, readPage, textOf } from '../helpers/html';
import type { ArchiveManifest, GeneratedArticle } from '../../scripts/lib/archive-generator.mjs';
import { nameKey } from '../../src/lib/actors/name-order';
import { actorWeights, relatedArticlesBuilder, type RelatedArticle } from '../../src/lib/related/related-articles';

const EDITIONS = ['zh-hant', 'zh-hans'] as const;
type EditionId = (typeof EDITIONS)[number];

interface OpenData {
  slug: string;
  actors: { id: string; name: string; short: string | null; mentions: string[] }[];
  quotes: { id: string; speakers: string[]; via: string | null }[];
  figures: { id: string; value: number; series?: string }[];
}

let dir = '';
let manifest: ArchiveManifest;
let newestFirst: GeneratedArticle[] = [];
let opened = new Map<string, OpenData>();

beforeAll(() => {
  dir = ensureArchiveSite();
  manifest = archiveManifest();
  newestFirst = [...manifest.articles].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  opened = new Map(manifest.articles.map((article) => [article.slug, JSON.parse(readFileSync(resolve(dir, `zh-hant/articles/${article.slug}/annotations.json`), 'utf8')) as OpenData]));
});

const hrefOf = (element: Element) => String(element.properties.href);
const slugOf = (href: string) => /\/articles\/([^/#]+)\//.exec(href)?.[1] ?? `not an article: ${href}`;
const laterPage = (listPath: string, n: number) => `${listPath}page/${n}/`;

/** Every page of a paged list, from its first through `rel=next`. */
function listPages(firstPath: string) {
  const pages = [];
  let path: string | undefined = firstPath;
  while (path) {
    const page = readPage(dir, path);
    pages.push({ path, page });
    path = all(page, '.pagination a[rel=next]').map(hrefOf)[0];
    expect(pages.length, firstPath).toBeLessThan(500);
  }
  return pages;
}

/** The read-next choice for every article, from the articles' open data and the manifest's tags. */
function expectedRelated(): ReadonlyMap<string, RelatedArticle[]> {
  const topicId = new Map(manifest.tags.map(([word, id]) => [word, id]));
  const builder = relatedArticlesBuilder();
  for (const article of manifest.articles) {
    const data = opened.get(article.slug)!;
    const mentions = data.actors.flatMap((actor) => actor.mentions.map((id) => ({ id, actor: actor.id, text: actor.name, line: 1 })));
    const quotes = data.quotes.map((quote) => ({ ...quote, by: quote.speakers[0]!, text: '', line: 1 }));
    builder.add({ slug: article.slug, date: article.date, actors: actorWeights({ mentions, quotes }), topics: article.tags.map((tag) => topicId.get(tag)!) });
  }
  return builder.finish();
}

describe.each(EDITIONS)('the generated archive as analysis, %s edition', (edition: EditionId) => {
  it('ends every article with the articles chosen to read next, each with its title, date and why', () => {
    const related = expectedRelated();
    const names = new Map([...opened.values()].flatMap((data) => data.actors.map((actor) => [actor.id, actor.short ?? actor.name] as const)));
    const titles = new Map(manifest.articles.map((article) => [article.slug, article]));
    let withReasons = 0;
    for (const article of manifest.articles) {
      const page = readPage(dir, `/${edition}/articles/${article.slug}/`);
      const items = all(page, '#read-next li');
      const expected = related.get(article.slug) ?? [];
      expect(items.map((item) => slugOf(hrefOf(one(item, 'a')))), article.slug).toEqual(expected.map((choice) => choice.slug));
      items.forEach((item, index) => {
        const choice = expected[index]!;
        const chosen = titles.get(choice.slug)!;
        expect(one(item, 'time').properties.dateTime).toBe(chosen.date);
        if (edition === 'zh-hant') {
          expect(textOf(one(item, 'a'))).toBe(chosen.title);
          const why = textOf(one(item, 'p')).slice(textOf(one(item, 'time')).length);
          const reason = choice.actors.length > 0 ? `同樣提及${choice.actors.map((id) => names.get(id)).join('、')}` : `同屬主題：${chosen.tags.find((tag) => manifest.tags.find(([word]) => word === tag)?.[1] === choice.topic)}`;
          expect(why, article.slug).toBe(reason);
          withReasons += 1;
        }
      });
    }
    // Every article of the archive shares its seed actors with others, and read next looks back only: the oldest
    // has none, and from the sixth on each has the full five, every one of them published before it.
    const oldestFirst = [...manifest.articles].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
    oldestFirst.forEach((article, index) => {
      const choices = related.get(article.slug) ?? [];
      expect(choices.length, article.slug).toBe(Math.min(index, 5));
      for (const choice of choices) expect(oldestFirst.findIndex((other) => other.slug === choice.slug), article.slug).toBeLessThan(index);
    });
    if (edition === 'zh-hant') expect(withReasons).toBe(oldestFirst.reduce((sum, _, index) => sum + Math.min(index, 5), 0));
  });

  it("lists on each actor's page the ten actors it appears with most, with the articles they share", () => {
    const named = [...opened.values()].map((data) => new Set([...data.actors.map((actor) => actor.id)]));
    const actorIds = ['maduro', 'tass', 'rouvinski', ...manifest.actors.slice(0, 8).map((actor) => actor.id)];
    for (const id of actorIds) {
      const counts = new Map<string, number>();
      for (const ids of named) if (ids.has(id)) for (const other of ids) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
      const expected = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, 10);
      const page = readPage(dir, `/${edition}/actors/${id}/`);
      const listed = all(page, '.actor-company li').map((item) => [String(item.properties.dataActor), Number(textOf(one(item, '.list-count')))]);
      expect(listed, id).toEqual(expected);
      for (const link of all(page, '.actor-company li a')) expect(hrefOf(link)).toMatch(new RegExp(`^/${edition}/actors/[a-z0-9-]+/$`));
    }
  });

  it("draws on each actor's page a column for every year from its first article to its last", () => {
    for (const id of ['maduro', manifest.actors[0]!.id]) {
      const years = newestFirst.filter((article) => opened.get(article.slug)!.actors.some((actor) => actor.id === id)).map((article) => Number(article.date.slice(0, 4)));
      const page = readPage(dir, `/${edition}/actors/${id}/`);
      expect(all(page, '.actor-appearances svg rect'), id).toHaveLength(Math.max(...years) - Math.min(...years) + 1);
      expect(String(one(page, '.actor-appearances svg').properties.ariaLabel)).toMatch(/篇/);
    }
  });

  it("lists each series' values, newest first and paged, each linking to the figure in its article, and charts them", () => {
    for (const series of manifest.series) {
      const points = manifest.articles
        .filter((article) => article.series.some((point) => point.series === series.id))
        .map((article) => ({ slug: article.slug, date: article.date, value: article.series.find((point) => point.series === series.id)!.value }))
        .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
      const pages = listPages(`/${edition}/series/${series.id}/`);
      const listed = pages.flatMap(({ page }) => all(page, '.series-points li'));
      expect(listed.map((item) => [slugOf(hrefOf(one(item, 'a'))), Number(one(item, 'data').properties.value)]), series.id).toEqual(points.map((point) => [point.slug, point.value]));
      for (const item of listed) {
        const [path = '', anchor] = hrefOf(one(item, 'a')).split('#');
        expect(all(readPage(dir, path), `data[id="${anchor}"]`), `${path}#${anchor}`).toHaveLength(1);
      }
      // The series' own address shows up to two pages' worth (src/lib/paging/newest-first.ts), numbered pages one.
      expect(pages.every(({ page }, index) => all(page, '.series-points li').length <= (index === 0 ? 2 * ARCHIVE_PAGE_SIZE - 1 : ARCHIVE_PAGE_SIZE))).toBe(true);
      // The chart on the series' own address: a dot for every point, oldest first, linking as the list does.
      const dots = all(pages[0]!.page, '.series-chart svg a').map(hrefOf);
      const oldestFirst = [...points].sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
      expect(dots.map(slugOf)).toEqual(oldestFirst.map((point) => point.slug));
      expect(all(pages[1]?.page ?? pages[0]!.page, '.series-chart').length).toBe(pages.length > 1 ? 0 : 1);
    }
    const index = readPage(dir, `/${edition}/series/`);
    expect(all(index, '.series-list li').map((item) => String(item.properties.dataSeries)).sort()).toEqual(manifest.series.map((series) => series.id).sort());
  });

  it("shows under a series figure the series' two values before the article's, newest first", () => {
    let checked = 0;
    for (const article of manifest.articles.filter((candidate) => candidate.series.length > 0).slice(0, 40)) {
      const { series: id, value } = article.series[0]!;
      const earlier = manifest.articles
        .filter((other) => other.series.some((point) => point.series === id))
        .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
      const before = earlier.slice(0, earlier.findIndex((other) => other.slug === article.slug)).reverse().slice(0, 2);
      const figureId = opened.get(article.slug)!.figures.find((figure) => figure.series === id)!.id;
      const entry = one(readPage(dir, `/${edition}/articles/${article.slug}/`), `[id="figure-${figureId}"]`);
      expect(Number(one(entry, 'data').properties.value)).toBe(value);
      const line = one(entry, 'p');
      expect(all(line, 'time').map((time) => String(time.properties.dateTime)), article.slug).toEqual(before.map((other) => other.date));
      expect(hrefOf(one(line, 'a'))).toBe(`/${edition}/series/${id}/`);
      if (edition === 'zh-hant') {
        for (const other of before) expect(textOf(line)).toContain(`${other.series.find((point) => point.series === id)!.value}${manifest.series.find((series) => series.id === id)!.unit}`);
      }
      checked += before.length;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('leads the home with the newest article, then lists every other once, each card with its topics', () => {
    const idOf = new Map(manifest.tags.map(([word, id]) => [word, id]));
    const home = readPage(dir, `/${edition}/`);
    const lead = one(home, '.home-lead .article-card');
    expect(slugOf(hrefOf(one(lead, 'h2 a')))).toBe(newestFirst[0]!.slug);
    const listed = listPages(`/${edition}/`).flatMap(({ page }) => all(page, '.article-list .article-card h2 a').map((link) => slugOf(hrefOf(link))));
    expect(listed).toEqual(newestFirst.slice(1).map((article) => article.slug));
    expect(all(readPage(dir, laterPage(`/${edition}/`, 2)), '.home-lead')).toHaveLength(0);
    for (const card of [lead, ...all(home, '.article-list .article-card')]) {
      const article = newestFirst.find((candidate) => candidate.slug === slugOf(hrefOf(one(card, 'h2 a'))))!;
      expect(all(card, '.card-topics a').map(hrefOf)).toEqual(article.tags.map((tag) => `/${edition}/topics/${idOf.get(tag)}/`));
    }
    // The heading names the list; the masthead names the site.
    expect(textOf(one(home, 'h1'))).not.toBe(textOf(one(home, '.masthead')));
  });

  it('links each month to the nearest older and newer months that have articles, on every page of the month', () => {
    const months = [...new Set(newestFirst.map((article) => article.date.slice(0, 7)))];
    const pathOf = (month: string | undefined) => month && `/${edition}/archive/${month.replace('-', '/')}/`;
    months.forEach((month, index) => {
      for (const { path, page } of listPages(pathOf(month)!)) {
        expect(all(page, '.month-nav .month-older').map(hrefOf)[0], path).toBe(pathOf(months[index + 1]));
        expect(all(page, '.month-nav .month-newer').map(hrefOf)[0], path).toBe(pathOf(months[index - 1]));
      }
    });
    // The archive has gaps: the test means little unless some neighbour is more than a month away.
    const apart = months.slice(1).filter((month, index) => Date.parse(`${months[index]}-01`) - Date.parse(`${month}-01`) > 32 * 86_400_000);
    expect(apart.length).toBeGreaterThan(0);
  });

  it('says so where a kind of actor runs over from one page of the actor index to the next', () => {
    const pages = listPages(`/${edition}/actors/`);
    let splits = 0;
    pages.forEach(({ path, page }, index) => {
      const groups = all(page, '.actor-group');
      const last = groups.at(-1)!;
      const next = pages[index + 1] && all(pages[index + 1]!.page, '.actor-group')[0];
      const split = next !== undefined && next.properties.dataKind === last.properties.dataKind;
      expect(all(last, '.kind-continues').length, path).toBe(split ? 1 : 0);
      if (next) expect(all(next, 'h2 .kind-continued').length, pages[index + 1]!.path).toBe(split ? 1 : 0);
      for (const group of groups.slice(0, -1)) expect(all(group, '.kind-continues'), path).toHaveLength(0);
      if (split) splits += 1;
    });
    expect(splits).toBeGreaterThan(0);
  });

  it('lists every actor once by name, in pinyin order under its first letter, each letter linked from every page', () => {
    const pages = listPages(`/${edition}/actors/names/`);
    const rows = pages.flatMap(({ page }) => all(page, '.name-group').flatMap((group) => all(group, 'li').map((item) => ({ letter: textOf(one(group, 'h2')).charAt(0), id: String(item.properties.dataActor), name: textOf(one(item, 'a')) }))));
    const actors = new Set([...opened.values()].flatMap((data) => data.actors.map((actor) => actor.id)));
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const id of actors) expect(rows.some((row) => row.id === id), id).toBe(true);
    if (edition === 'zh-hant') {
      const keys = rows.map((row) => nameKey(row.name));
      expect(rows.map((row) => row.letter)).toEqual(keys.map((key) => key.letter));
      for (let index = 1; index < keys.length; index++) {
        const [a, b] = [keys[index - 1]!, keys[index]!];
        expect(a.letter === '#' && b.letter !== '#', `${rows[index]!.name} after ${rows[index - 1]!.name}`).toBe(false);
        if (a.letter === b.letter) expect(a.reading <= b.reading, `${rows[index]!.name} after ${rows[index - 1]!.name}`).toBe(true);
      }
    }
    const letters = [...new Set(rows.map((row) => row.letter))];
    for (const { page } of pages) expect(all(page, '.letter-index a').map((link) => textOf(link))).toEqual(letters);
    expect(pages.length).toBeGreaterThan(1);
  });
});
