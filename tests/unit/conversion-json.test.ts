import { describe, expect, it } from 'vitest';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { convertJsonText, convertJsonValue } from '../../src/lib/editions/conversion/json';

const converter = simplifiedConverter({ 蘇愷: '苏霍伊' });

describe('JSON conversion', () => {
  it('converts text values and keeps identifiers, keys, addresses and numbers', () => {
    const annotations = {
      slug: 'venezuela',
      actors: { maduro: { id: 'maduro', name: '尼古拉斯·馬杜羅', role: '委內瑞拉總統', original: 'Nicolás Maduro', kind: 'person' } },
      quotes: [{ id: 'q-1', by: 'zakharova', via: 'tass', text: '任何升級只會導致更大問題', href: '/zh-hans/articles/x/#q-1' }],
      figures: [{ value: 15000, unit: '人', label: '美國部署到加勒比海的兵力', actorId: '美國' }],
      url: 'https://tw.news.yahoo.com/委內瑞拉',
      flags: [true, null],
      note: '蘇愷戰機「報導」',
    };
    expect(convertJsonValue(annotations, converter)).toEqual({
      slug: 'venezuela',
      actors: { maduro: { id: 'maduro', name: '尼古拉斯·马杜罗', role: '委内瑞拉总统', original: 'Nicolás Maduro', kind: 'person' } },
      quotes: [{ id: 'q-1', by: 'zakharova', via: 'tass', text: '任何升级只会导致更大问题', href: '/zh-hans/articles/x/#q-1' }],
      figures: [{ value: 15000, unit: '人', label: '美国部署到加勒比海的兵力', actorId: '美國' }],
      url: 'https://tw.news.yahoo.com/委內瑞拉',
      flags: [true, null],
      note: '苏霍伊战机“报导”',
    });
  });

  it('never converts object keys', () => {
    expect(convertJsonValue({ 國際: '國際' }, converter)).toEqual({ 國際: '国际' });
  });

  it('keeps the indentation of the JSON it was given', () => {
    expect(convertJsonText('{"name":"國際"}', converter)).toBe('{"name":"国际"}');
    expect(convertJsonText('{\n  "name": "國際"\n}', converter)).toBe('{\n  "name": "国际"\n}');
  });
});
