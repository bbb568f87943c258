/**
 * Key figures that compare, grouped into bar charts: every `:figure` with the same `chart="<title>"` joins the
 * chart of that title, in the order of the text. A chart of percentages is drawn against 100 %, so a share reads
 * as a part of the whole; any other chart against its largest value. The figures of a chart are shown in the chart
 * only (as its bars), the others in the key-figures list.
 */
import type { Figure } from '../annotations/types';
import { normaliseImeForms } from '../annotations/figure-value';

export interface FigureChart {
  /** Anchor id of the chart: `chart-<id of its first figure>`, unique on the page. */
  id: string;
  title: string;
  /** The chart's figures, in the order of the text. */
  figures: Figure[];
  /** The value a full bar stands for. */
  scaleMax: number;
}

export interface ChartedFigures {
  charts: FigureChart[];
  /** Figures that belong to no chart, in the order of the text. */
  unchartedFigures: Figure[];
}

/** Which chart a title names: titles that read the same (`份額％`, `份額%`, `份額  %`) name one chart. */
export function chartKey(title: string): string {
  return normaliseImeForms(title).replace(/\s+/g, ' ').trim();
}

export function chartsFromFigures(figures: readonly Figure[]): ChartedFigures {
  const byTitle = new Map<string, Figure[]>();
  for (const figure of figures) {
    if (figure.chart) byTitle.set(chartKey(figure.chart), [...(byTitle.get(chartKey(figure.chart)) ?? []), figure]);
  }
  const charts = [...byTitle].map(([, members]) => {
    // The title as the editor first wrote it.
    const title = members[0]!.chart!;
    const allPercent = members.every((figure) => figure.unit === '%');
    const largest = Math.max(...members.map((figure) => figure.value));
    return { id: `chart-${members[0]!.id}`, title, figures: members, scaleMax: allPercent ? Math.max(100, largest) : largest };
  });
  return { charts, unchartedFigures: figures.filter((figure) => !figure.chart) };
}
