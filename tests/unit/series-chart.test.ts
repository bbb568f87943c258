/** The series line chart: time left to right on a scale of days, values over the series' own range. */
import { describe, expect, it } from 'vitest';
import { SERIES_CHART_HEIGHT, SERIES_CHART_WIDTH, seriesChart } from '../../src/lib/charts/series-chart';

describe('the series chart', () => {
  it('places points by their date and value, the highest near the top and the lowest near the bottom', () => {
    const chart = seriesChart([
      { date: '2025-01-01', value: 55 },
      { date: '2025-01-31', value: 60 },
      { date: '2025-03-02', value: 50 },
    ]);
    const [first, second, third] = chart.points;
    // Equal gaps in days are equal gaps across.
    expect(second!.x - first!.x).toBeCloseTo(third!.x - second!.x, 0);
    expect(second!.y).toBeLessThan(first!.y);
    expect(third!.y).toBeGreaterThan(first!.y);
    expect(first!.y).toBeCloseTo((second!.y + third!.y) / 2, 0);
    // A tenth of the range as margin on each side: 49 to 61, not 0 to 60.
    expect([chart.low, chart.high]).toEqual([49, 61]);
    expect(chart.line.split(' ')).toHaveLength(3);
    for (const { x, y } of chart.points) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(SERIES_CHART_WIDTH);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(SERIES_CHART_HEIGHT);
    }
  });

  it('never takes the bottom below zero when no value is, and goes below it when one is', () => {
    expect(seriesChart([{ date: '2025-01-01', value: 1 }, { date: '2025-02-01', value: 30 }]).low).toBe(0);
    expect(seriesChart([{ date: '2025-01-01', value: -3 }, { date: '2025-02-01', value: 6 }]).low).toBeLessThan(-3);
  });

  it('puts a single point in the middle', () => {
    const single = seriesChart([{ date: '2025-01-01', value: 5 }]);
    expect(single.points[0]!.x).toBe(SERIES_CHART_WIDTH / 2);
    expect(single.points[0]!.y).toBe(SERIES_CHART_HEIGHT / 2);
  });
});
