import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../src/lib/charts/bar-chart';

const tariff = {
  id: 'chart-tariff',
  title: '芬太尼相關中國產品關稅',
  bars: [
    { label: '調整前', value: 20, display: '20%' },
    { label: '調整後', value: 10, display: '10%' },
  ],
};

const svgOf = (chart = tariff) => fromHtml(renderBarChart(chart), { fragment: true });

describe('build-time bar chart', () => {
  it('draws bars in proportion to their values', () => {
    const widths = selectAll('rect.chart-bar', svgOf()).map((rect) => Number(rect.properties.width));
    expect(widths[0]).toBeGreaterThan(0);
    expect(widths[1]).toBe(Math.round((widths[0] ?? 0) / 2));
  });

  it('names itself for screen readers with a title and a description of every value', () => {
    const svg = select('svg', svgOf())!;
    expect(svg.properties.role).toBe('img');
    expect(toString(select('title', svg)!)).toBe('芬太尼相關中國產品關稅');
    expect(toString(select('desc', svg)!)).toBe('調整前：20%；調整後：10%');
  });

  it('uses no style attributes (a strict CSP would block them)', () => {
    expect(renderBarChart(tariff)).not.toMatch(/style=/);
  });

  it('escapes text so labels cannot break out of the SVG', () => {
    const svg = renderBarChart({ ...tariff, bars: [{ label: '<script>', value: 1, display: 'a&b' }] });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;');
  });

  it('refuses a chart with nothing to draw', () => {
    expect(() => renderBarChart({ ...tariff, bars: [] })).toThrow(/no bars/);
    expect(() => renderBarChart({ ...tariff, bars: [{ label: 'x', value: 0, display: '0' }] })).toThrow(/positive/);
  });
});

describe('charts from key figures', async () => {
  const { chartsFromFigures } = await import('../../src/lib/charts/figure-charts');
  const figure = (id: string, value: number, unit: string, chart?: string) => ({ id, value, unit, label: `${id} 的標籤`, text: `${value}${unit}`, line: 1, ...(chart ? { chart } : {}) });

  it('draws figures that name the same chart together, in the order of the text', () => {
    const charts = chartsFromFigures([figure('f-20', 20, '%', '關稅'), figure('f-1', 1, '艘'), figure('f-10', 10, '%', '關稅')], 'zh-Hant');
    expect(charts).toHaveLength(1);
    expect(charts[0]!.firstFigureId).toBe('f-20');
    expect(charts[0]!.chart.bars.map((bar) => bar.display)).toEqual(['20%', '10%']);
  });

  it('draws shares against 100 % and other numbers against the largest', () => {
    const [share] = chartsFromFigures([figure('f-40', 40, '%', '份額')], 'zh-Hant');
    expect(share!.chart.scaleMax).toBe(100);
    const [money] = chartsFromFigures([figure('f-a', 600, '億美元', '貸款'), figure('f-b', 450, '億英鎊', '貸款')], 'zh-Hant');
    expect(money!.chart.scaleMax).toBeUndefined();
  });

  it('draws a share bar on a track as wide as 100 %', () => {
    const svg = fromHtml(renderBarChart({ id: 'c', title: 't', scaleMax: 100, bars: [{ label: 'a', value: 40, display: '40%' }] }), { fragment: true });
    const track = Number(select('rect.chart-track', svg)!.properties.width);
    const bar = Number(select('rect.chart-bar', svg)!.properties.width);
    expect(bar).toBe(Math.round(track * 0.4));
  });
});
