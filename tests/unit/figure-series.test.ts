/** Figure series: points across articles, in time order, their earlier values, and one unit a series. */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/lib/annotations/types';
import { earlierPoints, figureSeriesBuilder, seriesIndexOrder, seriesIssues } from '../../src/lib/series/figure-series';

const figure = (id: string, value: number, series?: string, unit = '萬桶'): Figure => ({
  id,
  value,
  unit,
  label: `日產量 ${id}`,
  text: `${value}${unit}`,
  line: 5,
  ...(series ? { series } : {}),
});

function build() {
  const builder = figureSeriesBuilder();
  builder.add({ slug: 'newest', title: '最新', date: '2025-12-01', figures: [figure('f-80', 80, 'oil'), figure('f-3', 3)] });
  builder.add({ slug: 'oldest', title: '最早', date: '2024-01-01', figures: [figure('f-120', 120, 'oil')] });
  builder.add({ slug: 'b-middle', title: '其次', date: '2025-03-01', figures: [figure('f-95', 95, 'oil'), figure('f-7', 7, 'gdp', '%')] });
  builder.add({ slug: 'a-middle', title: '同日', date: '2025-03-01', figures: [figure('f-100', 100, 'oil')] });
  return builder.finish();
}

describe('figure series', () => {
  it('puts the figures of one series in time order, ties by slug, and leaves out figures of none', () => {
    const oil = build().get('oil')!;
    expect(oil.points.map((point) => [point.slug, point.value])).toEqual([
      ['oldest', 120],
      ['a-middle', 100],
      ['b-middle', 95],
      ['newest', 80],
    ]);
    expect(oil.label).toBe('日產量 f-80');
    expect([...build().keys()]).toEqual(['gdp', 'oil']);
  });

  it("gives an article the series' values before its own, newest first", () => {
    const oil = build().get('oil')!;
    expect(earlierPoints(oil, 'b-middle').map((point) => point.value)).toEqual([100, 120]);
    expect(earlierPoints(oil, 'oldest')).toEqual([]);
  });

  it('orders the series index by number of points', () => {
    expect(seriesIndexOrder(build()).map((series) => series.id)).toEqual(['oil', 'gdp']);
  });

  it('reports a figure whose unit differs from its series, naming where the unit was first written', () => {
    const issues = seriesIssues([
      { file: 'content/articles/b.md', line: 9, series: 'oil', unit: '桶' },
      { file: 'content/articles/a.md', line: 4, series: 'oil', unit: '萬桶' },
      { file: 'content/articles/c.md', line: 2, series: 'oil', unit: '萬桶' },
    ]);
    expect(issues).toEqual([
      {
        file: 'content/articles/b.md',
        line: 9,
        field: 'unit',
        message: 'series "oil" is measured in "萬桶" (content/articles/a.md:4), not "桶": one series, one unit',
      },
    ]);
  });
});
