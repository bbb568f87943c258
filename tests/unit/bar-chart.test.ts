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
