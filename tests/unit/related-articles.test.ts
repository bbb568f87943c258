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
      article('a', '2025-06-01', { venezuela: 1, analyst: 1 }),
      article('shares-analyst', '2025-06-01', { venezuela: 1, analyst: 1 }),
      article('shares-country', '2025-06-01', { venezuela: 4 }),
      ...filler(10),
    ]);
    expect(related.get('a')?.[0]).toEqual({ slug: 'shares-analyst', actors: ['analyst', 'venezuela'] });
  });

  it('weighs an actor by how much each article is about it', () => {
    const related = choose([
      article('a', '2025-06-01', { maduro: 10, putin: 1 }),
      article('about-maduro', '2025-06-01', { maduro: 10, putin: 1 }),
      article('about-putin', '2025-06-01', { maduro: 1, putin: 10 }),
      ...filler(6),
    ]);
    expect(related.get('a')?.map((choice) => choice.slug).slice(0, 2)).toEqual(['about-maduro', 'about-putin']);
    expect(related.get('a')?.[0]?.actors[0]).toBe('maduro');
  });

  it('prefers the nearer in time among equally related articles', () => {
    const related = choose([
      article('a', '2025-06-01', { maduro: 1 }),
      article('years-before', '2021-06-01', { maduro: 1 }),
      article('a-week-after', '2025-06-08', { maduro: 1 }),
      article('months-before', '2025-01-01', { maduro: 1 }),
    ]);
    expect(related.get('a')?.map((choice) => choice.slug)).toEqual(['a-week-after', 'months-before', 'years-before']);
  });

  it('gives the topic as the reason when only a topic is shared', () => {
    const related = choose([article('a', '2025-06-01', { maduro: 1 }, ['energy', 'oil']), article('b', '2025-06-01', { putin: 1 }, ['oil'])]);
    expect(related.get('a')).toEqual([{ slug: 'b', actors: [], topic: 'oil' }]);
  });

  it('chooses nothing that shares nothing, and never the article itself', () => {
    const related = choose([article('a', '2025-06-01', { maduro: 1 }, ['energy']), article('b', '2025-06-01', { putin: 1 }, ['trade'])]);
    expect(related.get('a')).toEqual([]);
    expect(related.get('b')).toEqual([]);
  });

  it(`chooses at most ${RELATED_LIMIT}, with at most two actors as the reason`, () => {
    const related = choose(Array.from({ length: 12 }, (_, index) => article(`n-${index}`, `2025-06-${String(index + 1).padStart(2, '0')}`, { a: 1, b: 1, c: 1 })));
    for (const choices of related.values()) {
      expect(choices).toHaveLength(RELATED_LIMIT);
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

  it(`looks for candidates among the ${CANDIDATES_PER_FEATURE} nearest in time on each side that share an actor or topic`, () => {
    // Articles a day apart after `a` name maduro, each mostly about an actor of its own; the twentieth is about
    // maduro alone, as `a` is, and would score best, but nineteen articles sharing maduro stand nearer to `a`.
    const between = Array.from({ length: 19 }, (_, index) => article(`day-${index}`, `2025-07-${String(index + 1).padStart(2, '0')}`, { maduro: 1, [`own-${index}`]: 5 }));
    const twin = article('far-twin', '2025-07-20', { maduro: 1 });
    expect(choose([article('a', '2025-06-30', { maduro: 1 }), ...between, twin]).get('a')?.map((choice) => choice.slug)).not.toContain('far-twin');
    // Without the articles between, the twin is the first choice.
    expect(choose([article('a', '2025-06-30', { maduro: 1 }), ...between.slice(0, 3), twin]).get('a')?.[0]?.slug).toBe('far-twin');
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
