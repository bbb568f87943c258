/** What to read next: the choice by shared actors (weighted), shared topics and nearness in time. */
import { describe, expect, it } from 'vitest';
import { actorWeights, CANDIDATES_PER_FEATURE, RELATED_LIMIT, relatedArticlesBuilder, type RelatedInput } from '../../src/lib/related/related-articles';

const article = (slug: string, date: string, actors: Record<string, number>, topics: string[] = []): RelatedInput => ({
  slug,
  date,
  actors: new Map(Object.entries(actors)),
  topics,
});

function choose(articles: readonly RelatedInput[]) {
  const builder = relatedArticlesBuilder();
  for (const input of articles) builder.add(input);
  return builder.finish();
}

/** Filler articles that name only the country every article names, so it is a common actor. */
const filler = (count: number, date = '2025-06-01') => Array.from({ length: count }, (_, index) => article(`filler-${index}`, date, { venezuela: 3 }));

describe('read next', () => {
  it('prefers an article sharing a rarely named actor to one sharing only an actor every article names', () => {
    const related = choose([
      article('a', '2025-06-02', { venezuela: 1, analyst: 1 }),
      article('shares-analyst', '2025-06-01', { venezuela: 1, analyst: 1 }),
      article('shares-country', '2025-06-01', { venezuela: 4 }),
      ...filler(10),
    ]);
    expect(related.get('a')?.[0]).toEqual({ slug: 'shares-analyst', actors: ['analyst', 'venezuela'] });
  });

  it('weighs an actor by how much each article is about it', () => {
    const related = choose([
      article('a', '2025-06-02', { maduro: 10, putin: 1 }),
      article('about-maduro', '2025-06-01', { maduro: 10, putin: 1 }),
      article('about-putin', '2025-06-01', { maduro: 1, putin: 10 }),
      ...filler(6),
    ]);
    expect(related.get('a')?.map((choice) => choice.slug).slice(0, 2)).toEqual(['about-maduro', 'about-putin']);
    expect(related.get('a')?.[0]?.actors[0]).toBe('maduro');
  });

  it('prefers the nearer in time among equally related articles', () => {
    const related = choose([
      article('a', '2025-06-08', { maduro: 1 }),
      article('years-before', '2021-06-01', { maduro: 1 }),
      article('a-week-before', '2025-06-01', { maduro: 1 }),
      article('months-before', '2025-01-01', { maduro: 1 }),
    ]);
    expect(related.get('a')?.map((choice) => choice.slug)).toEqual(['a-week-before', 'months-before', 'years-before']);
  });

  it('chooses only among articles published before, by day, then by the minute where given, then by slug', () => {
    const related = choose([
      article('a', '2025-06-08', { maduro: 1 }),
      article('a-day-later', '2025-06-09', { maduro: 1 }),
      article('b-same-day', '2025-06-08', { maduro: 1 }),
      { ...article('z-same-day-at-dawn', '2025-06-08', { maduro: 1 }), time: '06:00+08:00' },
      article('a-week-before', '2025-06-01', { maduro: 1 }),
    ]);
    // A day alone is published at its start (00:00 in Taipei): `a` and `b-same-day` before the one timed 06:00,
    // and between those two the slug decides.
    expect(related.get('a')?.map((choice) => choice.slug)).toEqual(['a-week-before']);
    expect(related.get('b-same-day')?.map((choice) => choice.slug)).toEqual(['a', 'a-week-before']);
    // Six hours after both, equally near: the slug decides.
    expect(related.get('z-same-day-at-dawn')?.map((choice) => choice.slug)).toEqual(['a', 'b-same-day', 'a-week-before']);
    expect(related.get('a-week-before')).toEqual([]);
  });

  it('changes no earlier article\'s choice when a newer one is published, however rare it makes an actor', () => {
    const archive = [
      article('a', '2025-06-01', { maduro: 2, putin: 1 }, ['energy']),
      article('b', '2025-05-01', { maduro: 1, analyst: 1 }, ['energy']),
      article('c', '2025-06-02', { putin: 2, analyst: 1 }, ['oil']),
      article('d', '2025-06-03', { maduro: 1, putin: 1 }),
      article('e', '2024-06-01', { maduro: 2, putin: 1 }, ['energy']),
      ...filler(4, '2025-04-01'),
    ];
    const before = choose(archive);
    // Ten new articles about putin make him common and the analyst rare, which would reorder the choices above if
    // rarity were counted over the whole archive.
    const after = choose([...archive, ...Array.from({ length: 10 }, (_, index) => article(`new-${index}`, '2025-07-01', { putin: 3, maduro: 1 }, ['oil']))]);
    for (const [slug, choices] of before) expect(after.get(slug), slug).toEqual(choices);
    expect(after.get('new-9')?.length).toBe(RELATED_LIMIT);
  });

  it('gives the topic as the reason when only a topic is shared', () => {
    const related = choose([article('a', '2025-06-01', { maduro: 1 }, ['energy', 'oil']), article('b', '2025-06-02', { putin: 1 }, ['oil'])]);
    expect(related.get('b')).toEqual([{ slug: 'a', actors: [], topic: 'oil' }]);
  });

  it('chooses nothing that shares nothing, and never the article itself', () => {
    const related = choose([article('a', '2025-06-01', { maduro: 1 }, ['energy']), article('b', '2025-06-02', { putin: 1 }, ['trade'])]);
    expect(related.get('a')).toEqual([]);
    expect(related.get('b')).toEqual([]);
  });

  it(`chooses at most ${RELATED_LIMIT}, with at most two actors as the reason`, () => {
    const related = choose(Array.from({ length: 12 }, (_, index) => article(`n-${String(index).padStart(2, '0')}`, `2025-06-${String(index + 1).padStart(2, '0')}`, { a: 1, b: 1, c: 1 })));
    for (const [slug, choices] of related) {
      const earlier = Number(slug.slice(2));
      expect(choices, slug).toHaveLength(Math.min(earlier, RELATED_LIMIT));
      for (const choice of choices) expect(choice.actors).toHaveLength(2);
    }
  });

  it('gives the same choice whatever order the articles come in', () => {
    const articles = [
      article('a', '2025-06-01', { maduro: 2, putin: 1 }, ['energy']),
      article('b', '2025-05-01', { maduro: 1 }, ['energy']),
      article('c', '2025-06-01', { putin: 2 }, ['oil']),
      article('d', '2025-06-01', { maduro: 1, putin: 1 }),
      article('e', '2024-06-01', { maduro: 2, putin: 1 }, ['energy']),
    ];
    expect(choose([...articles].reverse())).toEqual(choose(articles));
  });

  it(`looks for candidates among the ${CANDIDATES_PER_FEATURE} latest earlier articles that share an actor or topic`, () => {
    // Articles a day apart before `a` name maduro, each mostly about an actor of its own; the earliest is about
    // maduro alone, as `a` is, and would score best, but more articles sharing maduro stand between it and `a`.
    const between = Array.from({ length: CANDIDATES_PER_FEATURE + 3 }, (_, index) => article(`day-${index}`, `2025-07-${String(index + 2).padStart(2, '0')}`, { maduro: 1, [`own-${index}`]: 5 }));
    const twin = article('far-twin', '2025-07-01', { maduro: 1 });
    const newest = article('a', '2025-07-30', { maduro: 1 });
    expect(choose([twin, ...between, newest]).get('a')?.map((choice) => choice.slug)).not.toContain('far-twin');
    // With fewer between, the twin is the first choice.
    expect(choose([twin, ...between.slice(-3), newest]).get('a')?.[0]?.slug).toBe('far-twin');
  });

  it('counts mentions, quotes said and quotes reported as what an article is about', () => {
    const weights = actorWeights({
      mentions: [
        { id: 'm-maduro-1', actor: 'maduro', text: '馬杜羅', line: 1 },
        { id: 'm-maduro-2', actor: 'maduro', text: '馬杜羅', line: 2 },
      ],
      quotes: [{ id: 'q-trump-1', by: 'trump', speakers: ['trump', 'xi-jinping'], via: 'tass', text: '好', line: 3 }],
    });
    expect(Object.fromEntries(weights)).toEqual({ maduro: 2, trump: 1, 'xi-jinping': 1, tass: 1 });
  });
});
