/** The actor cross-reference: which articles name an actor, which quotes it said or reported. */
import { describe, expect, it } from 'vitest';
import { actorIndexOrder, buildActorIndex, groupByKind, kindSpans, kindsOnPage, type IndexedArticleInput } from '../../src/lib/actors/actor-index';
import type { ActorRecord } from '../../src/lib/annotations/article-model';

const actors: ActorRecord[] = [
  { id: 'maduro', name: '尼古拉斯·馬杜羅', short: '馬杜羅', kind: 'person', role: '委內瑞拉總統' },
  { id: 'trump', name: '唐納德·特朗普', kind: 'person', role: '美國總統' },
  { id: 'xi-jinping', name: '習近平', kind: 'person', role: '中國國家主席' },
  { id: 'venezuela', name: '委內瑞拉', kind: 'state', role: '南美國家' },
  { id: 'tass', name: '塔斯社', kind: 'organisation', role: '通訊社' },
  { id: 'cfr', name: '外交關係協會', kind: 'organisation', role: '智庫' },
];

const older: IndexedArticleInput = {
  slug: 'older',
  title: '較早的文章',
  date: '2025-11-01',
  annotations: {
    mentions: [
      { id: 'm-venezuela-1', actor: 'venezuela', text: '委內瑞拉', line: 5 },
      { id: 'm-maduro-1', actor: 'maduro', text: '馬杜羅', line: 6 },
      { id: 'm-maduro-2', actor: 'maduro', text: '馬杜羅', line: 8 },
    ],
    quotes: [{ id: 'q-maduro-1', by: 'maduro', speakers: ['maduro'], via: 'tass', text: '擴大合作', line: 7 }],
    figures: [],
  },
};

const newer: IndexedArticleInput = {
  slug: 'newer',
  title: '較新的文章',
  date: '2025-12-01',
  annotations: {
    mentions: [{ id: 'maduro-first', actor: 'maduro', text: '馬杜羅', line: 3 }],
    quotes: [
      { id: 'q-trump-1', by: 'trump', speakers: ['trump', 'xi-jinping'], via: null, text: '積極', line: 4 },
      { id: 'q-trump-2', by: 'trump', speakers: ['trump'], via: null, text: '全面關閉', line: 9 },
    ],
    figures: [],
  },
};

const index = buildActorIndex(actors, [older, newer]);

describe('the actor index', () => {
  it('gives every actor an entry, even one no article names', () => {
    expect([...index.keys()].sort()).toEqual(actors.map((actor) => actor.id).sort());
    expect(index.get('cfr')).toMatchObject({ articles: [], quotes: [], reported: [] });
  });

  it('lists the articles naming an actor newest first, with mention count and first mention', () => {
    expect(index.get('maduro')?.articles).toEqual([
      { slug: 'newer', title: '較新的文章', date: '2025-12-01', mentionCount: 1, anchor: 'maduro-first' },
      { slug: 'older', title: '較早的文章', date: '2025-11-01', mentionCount: 2, anchor: 'm-maduro-1' },
    ]);
    expect(index.get('venezuela')?.articles.map((article) => article.slug)).toEqual(['older']);
  });

  it('counts an article that only quotes an actor, and opens it at the quote', () => {
    expect(index.get('xi-jinping')?.articles).toEqual([{ slug: 'newer', title: '較新的文章', date: '2025-12-01', mentionCount: 0, anchor: 'q-trump-1' }]);
  });

  it('counts an article where the actor only reports a quote, and opens it at that quote', () => {
    expect(index.get('tass')?.articles.map((article) => [article.slug, article.anchor])).toEqual([['older', 'q-maduro-1']]);
  });

  it("lists a quote on every speaker's page, in document order, with its article and reporter", () => {
    expect(index.get('trump')?.quotes.map((quote) => quote.id)).toEqual(['q-trump-1', 'q-trump-2']);
    expect(index.get('xi-jinping')?.quotes.map((quote) => [quote.id, quote.speakers])).toEqual([['q-trump-1', ['trump', 'xi-jinping']]]);
    expect(index.get('maduro')?.quotes).toEqual([
      { id: 'q-maduro-1', slug: 'older', articleTitle: '較早的文章', articleDate: '2025-11-01', text: '擴大合作', speakers: ['maduro'], via: 'tass' },
    ]);
  });

  it('lists the quotes an actor reported on its page', () => {
    expect(index.get('tass')?.reported.map((quote) => [quote.slug, quote.id])).toEqual([['older', 'q-maduro-1']]);
    expect(index.get('tass')?.quotes).toEqual([]);
  });

  it('orders articles by slug when they share a date, whatever order they come in', () => {
    const twin = { ...older, slug: 'another', date: newer.date };
    expect(buildActorIndex(actors, [newer, twin]).get('maduro')?.articles.map((article) => article.slug)).toEqual(['another', 'newer']);
    expect(buildActorIndex(actors, [twin, newer]).get('maduro')?.articles.map((article) => article.slug)).toEqual(['another', 'newer']);
  });

  it('fails loudly when an article names an actor with no record', () => {
    const stray = { ...newer, annotations: { ...newer.annotations, mentions: [{ id: 'm-x-1', actor: 'reuters', text: '路透社', line: 1 }] } };
    expect(() => buildActorIndex(actors, [stray])).toThrow('article "newer" names actor "reuters", which has no record');
  });

  it('sorts actors for the index page by number of articles, then id, and groups them by kind', () => {
    expect(groupByKind(actorIndexOrder(index)).map((group) => [group.kind, group.entries.map((entry) => [entry.actor.id, entry.articles.length])])).toEqual([
      ['person', [['maduro', 2], ['trump', 1], ['xi-jinping', 1]]],
      ['state', [['venezuela', 1]]],
      ['organisation', [['tass', 1], ['cfr', 0]]],
    ]);
  });
});

describe('the paged actor index', () => {
  it('says where a kind is split across pages, and how many actors it has', () => {
    const order = actorIndexOrder(index);
    const spans = kindSpans(order);
    // People are maduro, trump, xi-jinping: a page of two splits them.
    expect(kindsOnPage(order.slice(0, 2), spans).map(({ kind, total, continued, continues }) => [kind, total, continued, continues])).toEqual([['person', 3, false, true]]);
    expect(kindsOnPage(order.slice(2, 4), spans).map(({ kind, total, continued, continues }) => [kind, total, continued, continues])).toEqual([
      ['person', 3, true, false],
      ['state', 1, false, false],
    ]);
  });
});

describe('co-appearances in the index', () => {
  it('gives each actor the actors named in the same articles, with the articles they share', () => {
    expect(index.get('maduro')?.appearsWith).toEqual([
      { id: 'tass', articles: 1 },
      { id: 'trump', articles: 1 },
      { id: 'venezuela', articles: 1 },
      { id: 'xi-jinping', articles: 1 },
    ]);
    expect(index.get('cfr')?.appearsWith).toEqual([]);
  });
});
