/** Grouping key figures into the charts of the sidebar. */
import { describe, expect, it } from 'vitest';
import { chartsFromFigures } from '../../src/lib/charts/figure-charts';

const figure = (id: string, value: number, unit: string, chart?: string) => ({ id, value, unit, label: `${id} 的標籤`, text: `${value}${unit}`, line: 1, ...(chart ? { chart } : {}) });

describe('charts from key figures', () => {
  it('draws figures that name the same chart together, in the order of the text, and lists the rest apart', () => {
    const { charts, unchartedFigures } = chartsFromFigures([figure('f-20', 20, '%', '關稅'), figure('f-1', 1, '艘'), figure('f-10', 10, '%', '關稅')]);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ id: 'chart-f-20', title: '關稅' });
    expect(charts[0]!.figures.map((member) => member.id)).toEqual(['f-20', 'f-10']);
    expect(unchartedFigures.map((member) => member.id)).toEqual(['f-1']);
  });

  it('draws shares against 100 % and other numbers against the largest', () => {
    const { charts: [share] } = chartsFromFigures([figure('f-40', 40, '%', '份額')]);
    expect(share!.scaleMax).toBe(100);
    const { charts: [money] } = chartsFromFigures([figure('f-a', 600, '億美元', '貸款'), figure('f-b', 450, '億英鎊', '貸款')]);
    expect(money!.scaleMax).toBe(600);
  });

  it('has no chart when no figure names one', () => {
    expect(chartsFromFigures([figure('f-1', 1, '艘')]).charts).toEqual([]);
  });
});
