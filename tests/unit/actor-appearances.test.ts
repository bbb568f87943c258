/** How often an actor appears over time: articles per month over a short span, per year over a long one. */
import { describe, expect, it } from 'vitest';
import { appearancesOverTime, MAX_MONTHS } from '../../src/lib/actors/appearances';

describe('appearances over time', () => {
  it('counts by month, every month from the first to the last, empty ones included', () => {
    expect(appearancesOverTime(['2025-03-02', '2025-01-10', '2025-03-28'])).toEqual({
      unit: 'month',
      periods: [
        { period: '2025-01', articles: 1 },
        { period: '2025-02', articles: 0 },
        { period: '2025-03', articles: 2 },
      ],
      most: 2,
    });
  });

  it(`counts by year over a span longer than ${MAX_MONTHS} months`, () => {
    const result = appearancesOverTime(['2016-05-01', '2019-12-31', '2019-01-01']);
    expect(result.unit).toBe('year');
    expect(result.periods).toEqual([
      { period: '2016', articles: 1 },
      { period: '2017', articles: 0 },
      { period: '2018', articles: 0 },
      { period: '2019', articles: 2 },
    ]);
  });

  it('has no periods for an actor no article names', () => {
    expect(appearancesOverTime([])).toEqual({ unit: 'year', periods: [], most: 0 });
  });
});
