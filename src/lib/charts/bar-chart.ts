/**
 * A horizontal bar chart as an SVG string, drawn at build time: no chart library reaches the browser.
 *
 * Each bar has its label on a line above it, so long Chinese labels fit a narrow sidebar or phone. The SVG uses
 * presentation attributes and classes only (no `style` attributes, which a strict Content-Security-Policy
 * blocks), `currentColor` so it follows the text colour in light and dark schemes, and carries its own text
 * alternative (`<title>` + `<desc>`). The page shows the same numbers as a table too.
 */

export interface Bar {
  /** What the bar measures, shown above it. */
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
  /** The value a full-width bar stands for; the largest bar by default. Shares use 100 so bars read as parts of a whole. */
  scaleMax?: number;
}

const WIDTH = 400;
const LABEL_HEIGHT = 24;
const BAR_HEIGHT = 22;
const GAP = 14;
const ROW = LABEL_HEIGHT + BAR_HEIGHT + GAP;
const VALUE_ROOM = 80;
const FONT_SIZE = 15;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function renderBarChart(chart: BarChart): string {
  if (chart.bars.length === 0) throw new Error(`chart ${chart.id} has no bars`);
  const largest = Math.max(...chart.bars.map((bar) => bar.value));
  if (!(largest > 0)) throw new Error(`chart ${chart.id} needs at least one positive value`);
  const max = Math.max(largest, chart.scaleMax ?? 0);
  const plotWidth = WIDTH - VALUE_ROOM;
  const height = chart.bars.length * ROW - GAP;
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;
  const description = chart.bars.map((bar) => `${bar.label}：${bar.display}`).join('；');
  const rows = chart.bars.map((bar, index) => {
    const top = index * ROW;
    const barTop = top + LABEL_HEIGHT;
    const width = Math.max(1, Math.round((bar.value / max) * plotWidth));
    const middle = barTop + BAR_HEIGHT / 2;
    const track = chart.scaleMax
      ? `<rect class="chart-track" x="0" y="${barTop}" width="${plotWidth}" height="${BAR_HEIGHT}" rx="3" fill="currentColor" fill-opacity="0.12"/>`
      : '';
    return [
      `<text class="chart-label" x="0" y="${top + LABEL_HEIGHT - 7}">${escapeXml(bar.label)}</text>`,
      track,
      `<rect class="chart-bar" x="0" y="${barTop}" width="${width}" height="${BAR_HEIGHT}" rx="3" fill="currentColor"/>`,
      `<text class="chart-value" x="${width + 8}" y="${middle}" dominant-baseline="central">${escapeXml(bar.display)}</text>`,
    ].join('');
  });
  return [
    `<svg class="bar-chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" font-size="${FONT_SIZE}" fill="currentColor" role="img" aria-labelledby="${titleId} ${descId}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${titleId}">${escapeXml(chart.title)}</title>`,
    `<desc id="${descId}">${escapeXml(description)}</desc>`,
    ...rows,
    '</svg>',
  ].join('');
}
