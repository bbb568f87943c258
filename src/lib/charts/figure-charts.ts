/**
 * Key figures that compare, grouped into bar charts: every `:figure` with the same `chart="<title>"` joins the
 * chart of that title, in the order of the text. A chart of percentages is drawn against 100 %, so a share reads
 * as a part of the whole; any other chart against its largest value.
 */
import type { Figure } from '../annotations/types';
import { formatFigure } from '../format-number';
import type { BarChart } from './bar-chart';

export interface FigureChart {
  chart: BarChart;
  /** Anchor of the first figure of the chart in the text. */
  firstFigureId: string;
}

export function chartsFromFigures(figures: readonly Figure[], lang: string): FigureChart[] {
  const byTitle = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (!figure.chart) continue;
    byTitle.set(figure.chart, [...(byTitle.get(figure.chart) ?? []), figure]);
  }
  return [...byTitle].map(([title, members]) => {
    const first = members[0]!;
    const allPercent = members.every((figure) => figure.unit === '%');
    return {
      firstFigureId: first.id,
      chart: {
        id: `chart-${first.id}`,
        title,
        ...(allPercent ? { scaleMax: 100 } : {}),
        bars: members.map((figure) => ({
          label: figure.label,
          value: figure.value,
          display: formatFigure(figure.value, figure.unit, lang),
        })),
      },
    };
  });
}
