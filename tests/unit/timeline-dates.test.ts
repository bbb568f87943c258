import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronological, sentenceAround } from '../../src/lib/timeline/collect-dates';
import { isPartialDate, type DatedEvent } from '../../src/lib/timeline/dated-event';
import { renderMarkdown } from '../helpers/markdown';

const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/markdown/dates/input.md'), 'utf8');

describe(':date annotations', () => {
  it('collects each date with its id, span and the sentence it stands in', async () => {
    const { frontmatter } = await renderMarkdown(fixture);
    expect(frontmatter.timeline).toEqual([
      { id: 'd-1999', value: '1999', text: '1999年', event: '1999年查維斯上任時，他致力於建立戰略聯盟關係。' },
      { id: 'd-2005', value: '2005', until: '2022', text: '2005年至2022年', event: '從2005年至2022年，委內瑞拉獲得貸款。' },
      { id: 'd-2018-12', value: '2018-12', text: '2018年12月', event: '例如2018年12月派遣轟炸機。' },
      { id: 'd-2025-10', value: '2025-10', text: '10月底', event: '馬杜羅向中俄求援' },
    ]);
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
