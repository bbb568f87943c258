/**
 * What pages read of the figure series (src/lib/series/figure-series.ts), built once per build with the rest of
 * the archive (src/queries/archive.ts): the series routes page through them, and an article's figure entries
 * show each series' earlier values.
 */
import type { Figure } from '../lib/annotations/types';
import { earlierPoints, seriesIndexOrder, type FigureSeries, type SeriesPoint } from '../lib/series/figure-series';
import { loadArchive } from './archive';

/** Every series, the most points first. */
export async function loadSeries(): Promise<FigureSeries[]> {
  return seriesIndexOrder((await loadArchive()).series);
}

/** What a figure entry shows of its series: the values before this article's, and how many points it has. */
export interface SeriesLine {
  series: string;
  /** Newest first. */
  earlier: SeriesPoint[];
  points: number;
}

/** Figure id → its series line, for the figures of article `slug` that belong to a series. */
export async function loadSeriesLines(slug: string, figures: readonly Figure[]): Promise<ReadonlyMap<string, SeriesLine>> {
  const { series } = await loadArchive();
  const lines = new Map<string, SeriesLine>();
  for (const figure of figures) {
    const found = figure.series === undefined ? undefined : series.get(figure.series);
    if (found) lines.set(figure.id, { series: found.id, earlier: earlierPoints(found, slug), points: found.points.length });
  }
  return lines;
}
