/** The seed article's timeline and figure charts, read from the built pages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/lib/timeline/excerpt';
import { SEED_SITE_DIR } from '../helpers/build-site';
import { FIGURE_LABEL, FIGURE_LINK, FIGURE_NUMBER, TIMELINE_DATES, TIMELINE_ENTRY, TIMELINE_EVENT } from '../helpers/annotation-selectors';
import { all, one, readPage, textOf } from '../helpers/html';
import { SEED_MARKDOWN_FILE, SEED_SLUG } from '../helpers/seed';

const page = readPage(SEED_SITE_DIR, `/zh-hant/articles/${SEED_SLUG}/`);
const events = all(page, `.article-sidebars ${TIMELINE_ENTRY}`);

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
    expect(all(one(lending, TIMELINE_DATES), 'time').map((time) => time.properties.dateTime)).toEqual(['2005', '2022']);
    expect(textOf(lending)).toContain('2005年');
    expect(textOf(lending)).toContain('2022年');
  });

  it('links each event to the <time> where the text tells it', () => {
    for (const event of events) {
      const link = one(event, TIMELINE_EVENT);
      const id = String(link.properties.href).slice(1);
      const target = one(page, `time[id="${id}"]`);
      expect(target.properties.dateTime).toBe(one(event, 'time').properties.dateTime);
    }
  });

  it('says what happened in each entry, as the editor wrote it (the seed’s every date has its event)', () => {
    const source = readFileSync(SEED_MARKDOWN_FILE, 'utf8');
    const written = [...source.matchAll(/:date\[[^\]]*\]\{[^}]*event="([^"]+)"/g)].map((match) => match[1]);
    expect(written).toHaveLength(11);
    const shown = events.map((event) => textOf(one(event, TIMELINE_EVENT)));
    expect(new Set(shown)).toEqual(new Set(written.map((event) => excerpt(event!))));
    // What happened, not the paragraph's opening words.
    expect(shown).not.toContain(expect.stringMatching(/^不過/));
    expect(shown).toContain('特朗普與習近平在韓國會晤');
  });

  it('gives a caption date the caption’s event, never its credit', () => {
    const meeting = events.find((event) => one(event, 'time').properties.dateTime === '2025-05')!;
    expect(textOf(one(meeting, 'a'))).toBe('普京和馬杜羅在莫斯科會晤');
    expect(textOf(meeting)).not.toContain('Getty');
  });
});

describe('the figure charts', () => {
  const charts = all(page, '.article-sidebars figure.figure-chart');
  const chartTitled = (title: string) => charts.find((chart) => textOf(one(chart, 'figcaption')) === title)!;
  const meters = (chart: (typeof charts)[number]) => all(chart, 'meter').map((meter) => ({ value: Number(meter.properties.value), max: Number(meter.properties.max) }));

  it('draws the tariff cut as two bars, the second half the first, on one scale', () => {
    const [before, after] = meters(chartTitled('美國對部分芬太尼相關中國產品的關稅'));
    expect(after!.value / after!.max).toBe(before!.value / before!.max / 2);
    expect(after!.max).toBe(before!.max);
  });

  it('draws Venezuela’s share of Chinese lending against the whole', () => {
    expect(meters(chartTitled('2005至2022年委內瑞拉在中國對拉美貸款中所佔份額'))).toEqual([{ value: 40, max: 100 }]);
  });

  it('writes each bar’s number and what it measures as text, and hides the bar itself from screen readers', () => {
    expect(charts.length).toBe(2);
    for (const chart of charts) {
      for (const row of all(chart, 'li')) {
        expect(textOf(one(row, FIGURE_NUMBER))).toMatch(/^\d+%$/);
        expect(textOf(one(row, FIGURE_LABEL)).length).toBeGreaterThan(4);
        expect(one(row, 'meter').properties.ariaHidden).toBe('true');
      }
    }
  });

  it('links each bar to its number in the text, which links back to the bar', () => {
    for (const row of charts.flatMap((chart) => all(chart, 'li'))) {
      const id = String(one(row, FIGURE_NUMBER).properties.href).slice(1);
      const inText = one(page, `.article-body data[id="${id}"]`);
      expect(one(inText, FIGURE_LINK).properties.href).toBe(`#${row.properties.id}`);
    }
  });

  it('is converted in the Simplified edition like the rest of the page', () => {
    const hans = readPage(SEED_SITE_DIR, `/zh-hans/articles/${SEED_SLUG}/`);
    const titles = all(hans, 'figure.figure-chart figcaption').map(textOf);
    expect(titles).toContain('美国对部分芬太尼相关中国产品的关税');
  });
});
