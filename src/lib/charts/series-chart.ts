/**
 * The line chart of a figure series, drawn at build time as SVG coordinates (no script, no inline style: colours
 * and sizes come from the stylesheet). Time runs left to right on a scale of days, so uneven gaps between articles
 * show as such. Values run bottom to top over the series' own range with a margin (a tenth of it) on each side,
 * as line charts do (a rate that moves between 52 and 57 would be a flat line against zero); the page prints the
 * values at the bottom and the top beside the chart, so the range is never hidden. A margin never takes the
 * bottom below zero when no value is.
 */

export interface ChartPoint<Point> {
  point: Point;
  x: number;
  y: number;
}

export interface SeriesChart<Point> {
  width: number;
  height: number;
  /** The SVG `points` of the line through every point, oldest first. */
  line: string;
  points: ChartPoint<Point>[];
  /** The values at the bottom and the top of the chart (rounded to what a figure shows: two decimals). */
  low: number;
  high: number;
}

/** The drawing area, in SVG units; the page scales it to its column. */
export const SERIES_CHART_WIDTH = 600;
export const SERIES_CHART_HEIGHT = 200;
/** Room around the line for the dots at its ends. */
const INSET = 10;

/** `points` oldest first, each with its date (`YYYY-MM-DD`) and value. */
export function seriesChart<Point extends { date: string; value: number }>(points: readonly Point[]): SeriesChart<Point> {
  const days = points.map((point) => Date.parse(`${point.date}T00:00:00Z`) / 86_400_000);
  const values = points.map((point) => point.value);
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const margin = (highest - lowest || Math.abs(highest) || 1) / 10;
  const low = lowest >= 0 ? Math.max(0, lowest - margin) : lowest - margin;
  const high = highest + margin;
  const innerWidth = SERIES_CHART_WIDTH - 2 * INSET;
  const innerHeight = SERIES_CHART_HEIGHT - 2 * INSET;
  const round = (value: number) => Math.round(value * 10) / 10;
  const placed = points.map((point, index) => ({
    point,
    x: round(INSET + (span === 0 ? innerWidth / 2 : ((days[index]! - first) / span) * innerWidth)),
    y: round(INSET + ((high - point.value) / (high - low)) * innerHeight),
  }));
  return {
    width: SERIES_CHART_WIDTH,
    height: SERIES_CHART_HEIGHT,
    line: placed.map(({ x, y }) => `${x},${y}`).join(' '),
    points: placed,
    low: Math.round(low * 100) / 100,
    high: Math.round(high * 100) / 100,
  };
}
