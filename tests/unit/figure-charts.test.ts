/** Grouping key figures into the charts of the sidebar. */
import { describe, expect, it } from 'vitest';
import { readFigureValue, normaliseUnit } from '../../src/lib/annotations/figure-value';
import { chartProblems } from '../../src/lib/charts/chart-rules';
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
    const { charts: [money] } = chartsFromFigures([figure('f-a', 600, '億美元', '貸款'), figure('f-b', 450, '億美元', '貸款')]);
    expect(money!.scaleMax).toBe(600);
  });

  it('has no chart when no figure names one', () => {
    expect(chartsFromFigures([figure('f-1', 1, '艘')]).charts).toEqual([]);
  });
});

describe('charts that tell the truth', () => {
  const problems = (figures: ReturnType<typeof figure>[]) => chartProblems(figures, 'x.md').map(({ message }) => message);

  it('refuses a chart whose figures have two units, whichever they are', () => {
    for (const [a, b] of [['%', '桶'], ['人', '美元'], ['艘', ''], ['億美元', '億英鎊']] as const) {
      expect(problems([figure('f-1', 40, a, '圖'), figure('f-2', 8, b, '圖')])).toEqual([expect.stringMatching(/^chart "圖" mixes units: /)]);
    }
  });

  it('holds every figure of one title to one unit, wherever they stand', () => {
    const first = { ...figure('f-1', 20, '%', '比較'), line: 3 };
    const later = { ...figure('f-2', 15000, '人', '比較'), line: 40 };
    expect(problems([first, figure('f-9', 1, '艘'), later])).toEqual(['chart "比較" mixes units: "%" (line 3) and "人" (line 40); a chart compares numbers of one unit: give these figures a chart title of their own']);
  });

  it('refuses a bar below zero, and a chart with nothing above zero', () => {
    expect(problems([figure('f-1', -30, '%', '增減'), figure('f-2', 10, '%', '增減')])).toEqual([expect.stringContaining('cannot draw -30%')]);
    expect(problems([figure('f-1', 0, '架', '零'), figure('f-2', 0, '架', '零')])).toEqual(['chart "零" needs at least one figure above zero to draw its bars against']);
  });

  it('takes titles and units typed full-width as the ASCII ones: one chart, one unit', () => {
    const figures = [figure('f-1', 20, normaliseUnit('％'), '份額％'), figure('f-2', 30, normaliseUnit('%'), '份額%'), figure('f-3', 10, normaliseUnit('﹪'), '份額 %')];
    expect(problems(figures)).toEqual([]);
    expect(problems([figure('f-1', 20, normaliseUnit('％'), '份額'), figure('f-2', 30, normaliseUnit('%'), '份額')])).toEqual([]);
    const { charts } = chartsFromFigures(figures.slice(0, 2));
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ title: '份額％', scaleMax: 100 });
  });
});

describe('a figure\'s value as typed', () => {
  it('reads plain numbers, and full-width digits and signs as an input method types them', () => {
    for (const [written, value] of [['15000', 15000], ['0.5', 0.5], ['-3', -3], ['１５０００', 15000], ['－３', -3], ['−3', -3], ['０．５', 0.5], ['100000000000000000000', 1e20], ['123456789012345', 123456789012345]] as const) {
      expect(readFigureValue(written)).toMatchObject({ value });
    }
  });

  it('refuses what is no plain number', () => {
    for (const written of ['1e400', '1e6', '15,000', '1.5萬', '一萬', '', '0x10', '.5', '5.']) {
      expect(readFigureValue(written)).toEqual({ problem: `:figure needs value=<plain number> (got "${written}")` });
    }
  });

  it('refuses more significant digits than a double holds, and numbers too large to be one', () => {
    expect(readFigureValue('1234567890123456')).toMatchObject({ problem: expect.stringContaining('has 16 significant digits; at most 15') });
    expect(readFigureValue('0.1234567890123456')).toMatchObject({ problem: expect.stringContaining('has 16 significant digits') });
    expect(readFigureValue(`1${'0'.repeat(400)}`)).toMatchObject({ problem: expect.stringContaining('is too large to be a number') });
  });
});
