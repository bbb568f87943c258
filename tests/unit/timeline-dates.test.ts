import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronological, sentenceAround } from '../../src/lib/timeline/collect-dates';
import { isPartialDate, type DatedEvent } from '../../src/lib/timeline/dated-event';
import { renderMarkdown } from '../helpers/markdown';

const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/markdown/dates/input.md'), 'utf8');

describe(':date annotations', () => {
  it('collects each date with its id, span and what happened: the editor’s event, else the clause it stands in', async () => {
    const { frontmatter } = await renderMarkdown(fixture);
    expect(frontmatter.timeline).toEqual([
      { id: 'd-1999', value: '1999', text: '1999年', event: '1999年查維斯上任時' },
      // The date's own clause says no more than the date: the next one says what happened.
      { id: 'd-2005', value: '2005', until: '2022', text: '2005年至2022年', event: '從2005年至2022年，委內瑞拉獲得貸款' },
      { id: 'd-2018-12', value: '2018-12', text: '2018年12月', event: '例如2018年12月派遣轟炸機' },
      { id: 'd-2025-10', value: '2025-10', text: '10月底', event: '馬杜羅向中俄求援' },
    ]);
  });

  it('takes the clause that holds the date, not the opening words of its paragraph', async () => {
    const { frontmatter } = await renderMarkdown('不過，據《華盛頓郵報》報導，委內瑞拉曾在:date[2025年10月]{value=2025-10}向兩國求援，但未獲回應。');
    expect((frontmatter.timeline as { event: string }[])[0]?.event).toBe('委內瑞拉曾在2025年10月向兩國求援');
  });

  it('gives a date in a table the rest of its row', async () => {
    const table = '| 年份 | 事件 |\n| --- | --- |\n| :date[2019年]{value=2019} | 馬杜羅陷入合法性危機 |\n';
    const { frontmatter } = await renderMarkdown(table);
    expect((frontmatter.timeline as { event: string }[])[0]?.event).toBe('馬杜羅陷入合法性危機');
  });

  it('reads an event as the words its Markdown shows', async () => {
    const { frontmatter } = await renderMarkdown(':date[當年]{value=2019 event="馬杜羅陷入**合法性**危機"}');
    expect((frontmatter.timeline as { event: string }[])[0]?.event).toBe('馬杜羅陷入合法性危機');
  });

  it('refuses an annotation inside an event, naming file, line and field', async () => {
    await expect(renderMarkdown('第一行\n\n:date[當年]{value=2019 event=":actor[馬杜羅]{ref=maduro}上任"}')).rejects.toThrow(/fixture\.md:3: event: an event is plain text: write the words without :actor/);
  });

  it('gives a second mark of the same date its own id', async () => {
    const { html } = await renderMarkdown(':date[1999年]{value=1999}與:date[當年]{value=1999}');
    expect(html).toContain('id="d-1999"');
    expect(html).toContain('id="d-1999-2"');
  });

  it.each([
    ['2018-13', 'value'],
    ['18年', 'value'],
    ['2025-02-30', 'value'],
  ])('rejects value=%s naming file, line and field', async (value, field) => {
    await expect(renderMarkdown(`第一行\n\n在:date[那時]{value=${value}}`)).rejects.toThrow(new RegExp(`fixture\\.md:3: ${field}: "${value}" is not a date`));
  });

  it('rejects a span that ends before it starts', async () => {
    await expect(renderMarkdown(':date[那些年]{value=2022 until=2005}')).rejects.toThrow(/:1: until: "2005"/);
  });
});

describe('timeline helpers', () => {
  it('accepts the three date forms <time datetime> accepts', () => {
    expect(['1999', '2018-12', '2024-07-28'].every(isPartialDate)).toBe(true);
    expect(['1999-0', '99', '2024-7', '2024-02-30'].some(isPartialDate)).toBe(false);
  });

  it('keeps a closing quote mark with its sentence', () => {
    const text = '他說：「肩並肩。」然後離開。';
    expect(sentenceAround(text, 4, 7)).toBe('他說：「肩並肩。」');
  });

  it('orders events by date, spans by their start, ties by the text', () => {
    const events = [
      { id: 'b', value: '2019', text: '', event: '' },
      { id: 'a', value: '2005', until: '2022', text: '', event: '' },
      { id: 'c', value: '2019', text: '', event: '' },
    ] satisfies DatedEvent[];
    expect(chronological(events).map((event) => event.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('reading form of partial dates', async () => {
  const { formatPartialDate } = await import('../../src/lib/format-date');
  it.each([
    ['1999', '1999年'],
    ['2018-12', '2018年12月'],
    ['2024-07-28', '2024年7月28日'],
  ])('%s reads %s', (value, expected) => {
    expect(formatPartialDate(value, 'zh-Hant')).toBe(expected);
  });
});

describe(':date in an image caption', () => {
  it('reads the event from the caption, without the credit', async () => {
    const source = [
      '---',
      'images:',
      '  - id: meeting',
      "    caption: '普京和馬杜羅於:date[2025年5月]{value=2025-05}在莫斯科會晤'",
      '    credit: Getty Images',
      '---',
      '',
      '::image{ref=meeting}',
    ].join('\n');
    const { frontmatter, html } = await renderMarkdown(source);
    expect(frontmatter.timeline).toEqual([{ id: 'd-2025-05', value: '2025-05', text: '2025年5月', event: '普京和馬杜羅於2025年5月在莫斯科會晤' }]);
    expect(html).toContain('<span class="caption">普京和馬杜羅於<time datetime="2025-05" id="d-2025-05">2025年5月</time>在莫斯科會晤</span>');
  });

  it('puts back an unknown directive in a caption from the caption text', async () => {
    const source = ['---', 'images:', '  - id: a', "    caption: '會議於10:30由:host[甲]{x=1}主持'", '    credit: X', '---', '', '::image{ref=a}'].join('\n');
    const { html } = await renderMarkdown(source);
    expect(html).toContain('<span class="caption">會議於10:30由:host[甲]{x=1}主持</span>');
  });
});

describe('caption as plain text', async () => {
  const { captionText } = await import('../../src/lib/markdown/caption');
  it('drops annotation syntax and keeps the words', () => {
    expect(captionText(':actor[普京]{ref=putin}於:date[2025年5月]{value=2025-05}會晤')).toBe('普京於2025年5月會晤');
  });
});

describe('timeline excerpts', async () => {
  const { excerpt } = await import('../../src/lib/timeline/excerpt');
  it('keeps a short event whole', () => {
    expect(excerpt('2024年7月的選舉充斥嚴重的舞弊指控。')).toBe('2024年7月的選舉充斥嚴重的舞弊指控。');
  });

  it('cuts a long sentence at its last clause boundary within the limit', () => {
    const sentence = '自2022年俄羅斯全面入侵烏克蘭以來，莫斯科投入大量資源，財政和軍事均承受壓力，並面臨西方的嚴厲制裁。';
    expect(excerpt(sentence)).toBe('自2022年俄羅斯全面入侵烏克蘭以來，莫斯科投入大量資源，財政和軍事均承受壓力…');
  });

  it('cuts at the limit when no clause ends late enough', () => {
    const sentence = '一'.repeat(50);
    expect(excerpt(sentence, 40)).toBe(`${'一'.repeat(40)}…`);
  });
});

describe('the timeline’s entries', async () => {
  const { timelineEntries } = await import('../../src/lib/timeline/timeline-entries');
  it('lists an event once, with every date it holds, oldest first', () => {
    const event = '委內瑞拉在2005、2010和2015年舉債';
    const entries = timelineEntries([
      { id: 'd-2015', value: '2015', text: '2015年', event },
      { id: 'd-1999', value: '1999', text: '1999年', event: '查維斯上任' },
      { id: 'd-2005', value: '2005', text: '2005', event },
      { id: 'd-2010', value: '2010', text: '2010', event },
    ]);
    expect(entries.map((entry) => [entry.event, entry.dates.map((date) => date.value)])).toEqual([
      ['查維斯上任', ['1999']],
      [event, ['2005', '2010', '2015']],
    ]);
  });
});

describe('grapheme-safe excerpts', async () => {
  const { excerpt } = await import('../../src/lib/timeline/excerpt');
  it.each([
    ['a flag', '🇺🇸'],
    ['a family', '👨‍👩‍👧'],
    ['a letter with its accent', 'e\u0301'],
  ])('never cuts %s in half', (_name, cluster) => {
    for (let before = 35; before <= 41; before += 1) {
      const cut = excerpt(`${'一'.repeat(before)}${cluster.repeat(6)}`, 40);
      const kept = cut.replace(/…$/, '').replace(/^一+/, '');
      expect(kept.length % cluster.length, `${before}: ${cut}`).toBe(0);
      expect(kept.split(cluster).every((part) => part === ''), `${before}: ${cut}`).toBe(true);
    }
  });
});
