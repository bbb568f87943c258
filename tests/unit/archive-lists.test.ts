/** Grouping the archive for its list pages: by month, by year, by topic. */
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/lib/archive/article-summary';
import { frontPage } from '../../src/lib/archive/front-page';
import { groupByMonth, groupByYear, withNeighbours } from '../../src/lib/archive/months';
import { groupByTopic } from '../../src/lib/topics/topic-lists';

const energy = { id: 'energy', name: '能源' };
const trade = { id: 'trade', name: '貿易' };
const article = (slug: string, date: string, topics = [energy]): ArticleSummary => ({ slug, title: slug, date, topics });
const newestFirst = [
  article('d', '2025-12-11', [energy, trade]),
  article('c', '2025-12-01'),
  article('b', '2025-01-31', [trade]),
  article('a', '2024-11-05'),
];

describe('the archive by month', () => {
  it('groups articles by month, newest month first, keeping each month newest first', () => {
    expect(groupByMonth(newestFirst).map(({ year, month, articles }) => [`${year}-${month}`, articles.map((entry) => entry.slug)])).toEqual([
      ['2025-12', ['d', 'c']],
      ['2025-01', ['b']],
      ['2024-11', ['a']],
    ]);
  });

  it('counts each year and each of its months', () => {
    expect(groupByYear(groupByMonth(newestFirst))).toEqual([
      { year: '2025', count: 3, months: [{ month: '12', count: 2 }, { month: '01', count: 1 }] },
      { year: '2024', count: 1, months: [{ month: '11', count: 1 }] },
    ]);
  });
});

describe('topics', () => {
  it('lists each topic with its articles newest first, most articles first', () => {
    expect(groupByTopic(newestFirst).map(({ topic, articles }) => [topic.id, articles.map((entry) => entry.slug)])).toEqual([
      ['energy', ['d', 'c', 'a']],
      ['trade', ['d', 'b']],
    ]);
  });

  it('orders topics with as many articles by id', () => {
    const tied = [article('x', '2025-01-01', [trade]), article('y', '2025-01-01', [energy])];
    expect(groupByTopic(tied).map(({ topic }) => topic.id)).toEqual(['energy', 'trade']);
  });
});

describe('the neighbours of a month', () => {
  it('links each month to the nearest older and newer months that have articles', () => {
    const months = withNeighbours(groupByMonth(newestFirst));
    expect(months.map(({ year, month, older, newer }) => [`${year}-${month}`, older && `${older.year}-${older.month}`, newer && `${newer.year}-${newer.month}`])).toEqual([
      ['2025-12', '2025-01', undefined],
      ['2025-01', '2024-11', '2025-12'],
      ['2024-11', undefined, '2025-01'],
    ]);
  });
});

describe('the front page', () => {
  it('leads with the newest article when none is featured, and lists the rest', () => {
    const { lead, rest } = frontPage(newestFirst);
    expect(lead?.slug).toBe('d');
    expect(rest.map((entry) => entry.slug)).toEqual(['c', 'b', 'a']);
  });

  it('leads with the newest featured article, and lists every other article once', () => {
    const articles = newestFirst.map((entry) => (entry.slug === 'b' || entry.slug === 'a' ? { ...entry, featured: true as const } : entry));
    const { lead, rest } = frontPage(articles);
    expect(lead?.slug).toBe('b');
    expect(rest.map((entry) => entry.slug)).toEqual(['d', 'c', 'a']);
  });
});
