/**
 * A figure followed over time: key figures that measure the same thing across articles carry the same
 * `series=<id>` in their annotation (`:figure[…]{value=… series=venezuela-oil-output}`), and together form a
 * series, one point per article, dated by the article. Built once per build, one article at a time, with the rest
 * of the archive (src/queries/archive.ts): each article's figure entry shows the series' earlier values, and the
 * series has a page of its own with a chart (src/lib/charts/series-chart.ts).
 *
 * One article gives a series at most one point and every point of a series has one unit: the Markdown plugin
 * refuses the first (annotate.ts) and the content sync the second (seriesIssues below), naming file and line.
 */
import type { Figure } from '../annotations/types';
import type { ContentIssue } from '../content/locate-issues';

export interface SeriesPoint {
  slug: string;
  articleTitle: string;
  /** The article's date, `YYYY-MM-DD`: the point's place in time. */
  date: string;
  /** Anchor id of the figure in the article. */
  figureId: string;
  value: number;
  unit: string;
  /** What the figure measures, as that article labels it. */
  label: string;
}

export interface FigureSeries {
  id: string;
  /** The newest point's label: what the series measures, as last written. */
  label: string;
  unit: string;
  /** Oldest first (date, then slug). */
  points: SeriesPoint[];
}

export type SeriesIndex = ReadonlyMap<string, FigureSeries>;

/** What the series need of one article. */
export interface SeriesInput {
  slug: string;
  title: string;
  date: string;
  figures: readonly Figure[];
}

/**
 * A series' chart draws at most this many points, its newest: a series followed for decades would otherwise make
 * its page heavier than a list page may be. Its list of points, paged, holds every one.
 */
export const SERIES_CHART_POINTS = 100;

const oldestFirst = (a: SeriesPoint, b: SeriesPoint) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug);

export function figureSeriesBuilder(): { add(article: SeriesInput): void; finish(): SeriesIndex } {
  const points = new Map<string, SeriesPoint[]>();
  return {
    add: ({ slug, title, date, figures }) => {
      for (const figure of figures) {
        if (!figure.series) continue;
        let list = points.get(figure.series);
        if (!list) points.set(figure.series, (list = []));
        list.push({ slug, articleTitle: title, date, figureId: figure.id, value: figure.value, unit: figure.unit, label: figure.label });
      }
    },
    finish: () =>
      new Map(
        [...points]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([id, list]) => {
            const sorted = [...list].sort(oldestFirst);
            const newest = sorted.at(-1)!;
            return [id, { id, label: newest.label, unit: newest.unit, points: sorted }];
          }),
      ),
  };
}

/** The points of `series` before the article `slug`'s own, newest first; all of them when the article has none. */
export function earlierPoints(series: FigureSeries, slug: string): SeriesPoint[] {
  const own = series.points.findIndex((point) => point.slug === slug);
  return series.points.slice(0, own === -1 ? series.points.length : own).reverse();
}

/** Every series, the most points first (ties by id): the order of the series index. */
export function seriesIndexOrder(index: SeriesIndex): FigureSeries[] {
  return [...index.values()].sort((a, b) => b.points.length - a.points.length || a.id.localeCompare(b.id));
}

/** A figure of a series where an editor wrote it: for problems that span articles. */
export interface LocatedSeriesFigure {
  /** The article's file, as problems name it (`content/articles/x.md`). */
  file: string;
  line: number;
  series: string;
  unit: string;
}

/**
 * Figures of one series in another unit than the series' first (by file, then line): a chart cannot draw 萬桶
 * beside 桶. One problem per such figure, naming the file and line where the unit was first written.
 */
export function seriesIssues(figures: readonly LocatedSeriesFigure[]): ContentIssue[] {
  const first = new Map<string, LocatedSeriesFigure>();
  const ordered = [...figures].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const issues: ContentIssue[] = [];
  for (const figure of ordered) {
    const seen = first.get(figure.series);
    if (!seen) first.set(figure.series, figure);
    else if (seen.unit !== figure.unit) {
      const unit = (value: string) => (value ? `"${value}"` : 'no unit');
      issues.push({
        file: figure.file,
        line: figure.line,
        field: 'unit',
        message: `series "${figure.series}" is measured in ${unit(seen.unit)} (${seen.file}:${seen.line}), not ${unit(figure.unit)}: one series, one unit`,
      });
    }
  }
  return issues;
}
