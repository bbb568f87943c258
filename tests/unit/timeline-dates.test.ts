import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chronological, isPartialDate, sentenceAround, type DatedEvent } from '../../src/lib/timeline/collect-dates';
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
