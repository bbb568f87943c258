/** The seed article's timeline and figure charts, read from the built pages. */
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/lib/timeline/excerpt';
import { SEED_SITE_DIR } from '../helpers/build-site';
import { all, one, readPage, textOf } from '../helpers/html';
import { SEED_SLUG } from '../helpers/seed';

const page = readPage(SEED_SITE_DIR, `/zh-hant/articles/${SEED_SLUG}/`);
const timeline = one(page, '.article-sidebars .timeline');
const events = all(timeline, 'li');

describe('the timeline', () => {
  it('covers the seed from Chávez taking office to the November statements, oldest first', () => {
    const starts = events.map((event) => String(one(event, 'time').properties.dateTime));
    // Chávez 1999; Chinese lending 2005–2022 and arms since 2005; bombers 2018-12; crisis 2019; invasion 2022;
    // election 2024-07; Putin–Maduro 2025-05; requests and the Trump–Xi meeting late October; statements November.
    expect(starts).toEqual(['1999', '2005', '2005', '2018-12', '2019', '2022', '2024-07', '2025-05', '2025-10', '2025-10', '2025-11']);
    expect([...starts].sort()).toEqual(starts);
  });

  it('shows a span with both ends as <time> elements', () => {
    const lending = events.find((event) => all(event, 'time').length === 2)!;
    expect(all(lending, 'time').map((time) => time.properties.dateTime)).toEqual(['2005', '2022']);
    expect(textOf(lending)).toContain('2005年');
    expect(textOf(lending)).toContain('2022年');
  });

  it('links each event to the <time> in its sentence, and that sentence is in the article', () => {
    for (const event of events) {
      const link = one(event, 'a.timeline-event');
      const id = String(link.properties.href).slice(1);
      const target = one(page, `time[id="${id}"]`);
      expect(target.properties.dateTime).toBe(one(event, 'time').properties.dateTime);
      // The entry shows the start of the sentence (an ellipsis marks a cut); the sentence is in the text.
      const words = textOf(link).replace(/…$/, '');
      expect(textOf(one(page, 'article')).replace(/\s+/g, ' ')).toContain(words);
    }
  });

  it('reads the event of a caption date from the caption, not its credit', () => {
    const meeting = events.find((event) => one(event, 'time').properties.dateTime === '2025-05')!;
    expect(textOf(one(meeting, 'a'))).toBe(excerpt('普京和馬杜羅於2025年5月在莫斯科會晤——俄羅斯多年來一直為委內瑞拉提供軍事支持'));
    expect(textOf(one(meeting, 'a'))).not.toContain('Getty');
  });
});

describe('the figure charts', () => {
  const charts = all(page, '.article-sidebars figure.figure-chart');
  const chartTitled = (title: string) => charts.find((chart) => textOf(one(chart, 'figcaption')) === title)!;

  it('draws the tariff cut as two bars, the second half the first', () => {
    const tariff = chartTitled('美國對部分芬太尼相關中國產品的關稅');
    const widths = all(tariff, 'svg rect.chart-bar').map((rect) => Number(rect.properties.width));
    expect(widths).toHaveLength(2);
    expect(widths[1]).toBe(Math.round(widths[0]! / 2));
  });

  it('draws Venezuela’s share of Chinese lending against the whole', () => {
    const share = chartTitled('2005至2022年委內瑞拉在中國對拉美貸款中所佔份額');
    const track = Number(one(share, 'rect.chart-track').properties.width);
    expect(Number(one(share, 'rect.chart-bar').properties.width)).toBe(Math.round(track * 0.4));
  });

  it('gives every chart a text alternative and a table of the same numbers', () => {
    expect(charts.length).toBe(2);
    for (const chart of charts) {
      const svg = one(chart, 'svg');
      expect(svg.properties.role).toBe('img');
      const description = textOf(one(svg, 'desc'));
      const rows = all(chart, 'table tbody tr').map((row) => `${textOf(one(row, 'th'))}：${textOf(one(row, 'td'))}`);
      expect(description).toBe(rows.join('；'));
      expect(all(svg, 'text.chart-value').map(textOf)).toEqual(all(chart, 'table tbody td').map(textOf));
    }
  });

  it('links each chart to its numbers in the text', () => {
    for (const chart of charts) {
      const id = String(one(chart, 'a.chart-source').properties.href).slice(1);
      expect(one(page, `.article-body data[id="${id}"]`)).toBeTruthy();
    }
  });

  it('is converted in the Simplified edition like the rest of the page', () => {
    const hans = readPage(SEED_SITE_DIR, `/zh-hans/articles/${SEED_SLUG}/`);
    const titles = all(hans, 'figure.figure-chart svg title').map(textOf);
    expect(titles).toContain('美国对部分芬太尼相关中国产品的关税');
  });
});
