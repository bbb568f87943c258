/**
 * A horizontal bar chart as an SVG string, drawn at build time: no chart library reaches the browser.
 *
 * The SVG uses presentation attributes and classes only (no `style` attributes, which a strict
 * Content-Security-Policy blocks), `currentColor` so it follows the text colour in light and dark schemes, and
 * carries its own text alternative (`<title>` + `<desc>`). The page shows the same numbers as a table too.
 */

export interface Bar {
  /** What the bar measures, shown at its left, e.g. `調整前`. */
  label: string;
  value: number;
  /** The value as readers see it, e.g. `20%` or `600億美元`. */
  display: string;
}

export interface BarChart {
  /** Used for the accessible name; must be unique on the page. */
  id: string;
  title: string;
  bars: readonly Bar[];
}

const WIDTH = 600;
const BAR_HEIGHT = 28;
const GAP = 14;
const LABEL_WIDTH = 200;
const VALUE_ROOM = 110;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function renderBarChart(chart: BarChart): string {
  if (chart.bars.length === 0) throw new Error(`chart ${chart.id} has no bars`);
  const max = Math.max(...chart.bars.map((bar) => bar.value));
  if (!(max > 0)) throw new Error(`chart ${chart.id} needs at least one positive value`);
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const height = chart.bars.length * (BAR_HEIGHT + GAP) - GAP;
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const description = chart.bars.map((bar) => `${bar.label}：${bar.display}`).join('；');
  const rows = chart.bars.map((bar, index) => {
    const y = index * (BAR_HEIGHT + GAP);
    const width = Math.max(1, Math.round((bar.value / max) * plotWidth));
    const middle = y + BAR_HEIGHT / 2;
    return [
      `<text class="chart-label" x="${LABEL_WIDTH - 10}" y="${middle}" text-anchor="end" dominant-baseline="central">${escapeXml(bar.label)}</text>`,
      `<rect class="chart-bar" x="${LABEL_WIDTH}" y="${y}" width="${width}" height="${BAR_HEIGHT}" rx="3" fill="currentColor"/>`,
      `<text class="chart-value" x="${LABEL_WIDTH + width + 8}" y="${middle}" dominant-baseline="central">${escapeXml(bar.display)}</text>`,
    ].join('');
  });
  return [
    `<svg class="bar-chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${titleId}">${escapeXml(chart.title)}</title>`,
    `<desc id="${descId}">${escapeXml(description)}</desc>`,
    ...rows,
    '</svg>',
  ].join('');
}
