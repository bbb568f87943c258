/** Joining annotations with actor records, formatting figures, and the files built from them. */
import { describe, expect, it } from 'vitest';
import { buildArticleModel, firstAppearance, type ActorRecord } from '../../src/lib/annotations/article-model';
import { actorHighlightCss } from '../../src/lib/annotations/highlight-css';
import { toOpenData } from '../../src/lib/annotations/open-data';
import { formatFigure, formatFigureNumber } from '../../src/lib/format-number';

const actors = new Map<string, ActorRecord>([
  ['maduro', { id: 'maduro', name: '尼古拉斯·馬杜羅', short: '馬杜羅', original: 'Nicolás Maduro', kind: 'person', role: '委內瑞拉總統' }],
  ['china', { id: 'china', name: '中國', kind: 'state', role: '盟友' }],
  ['tass', { id: 'tass', name: '塔斯社', kind: 'organisation', role: '通訊社' }],
  ['ryabkov', { id: 'ryabkov', name: '里亞布科夫', kind: 'person', role: '副外長' }],
]);

const annotations = {
  mentions: [
    { id: 'm-china-1', actor: 'china', text: '中國', line: 1 },
    { id: 'm-maduro-1', actor: 'maduro', text: '馬杜羅', line: 2 },
    { id: 'm-maduro-2', actor: 'maduro', text: '馬杜羅', line: 3 },
  ],
  quotes: [{ id: 'q-ryabkov-1', by: 'ryabkov', speakers: ['ryabkov'], via: 'tass', text: '肩並肩', line: 4 }],
  figures: [{ id: 'f-15000', value: 15000, unit: '人', label: '兵力', text: '近15000名士兵', line: 5 }],
};

describe('the article model', () => {
  const model = buildArticleModel(annotations, actors);

  it('lists every actor the article names, most mentioned first, with its mention anchors', () => {
    expect(model.actors.map((actor) => [actor.id, actor.mentions])).toEqual([
      ['maduro', ['m-maduro-1', 'm-maduro-2']],
      ['china', ['m-china-1']],
      ['ryabkov', []],
      ['tass', []],
    ]);
  });

  it('resolves speakers and reporters of quotes', () => {
    expect(model.quotes[0]?.speakerActors.map((actor) => actor.id)).toEqual(['ryabkov']);
    expect(model.quotes[0]?.viaActor?.id).toBe('tass');
  });

  it('fails loudly on an actor id with no record', () => {
    expect(() => buildArticleModel({ ...annotations, quotes: [{ ...annotations.quotes[0]!, via: 'reuters' }] }, actors)).toThrow('unknown actor "reuters"');
  });

  it('finds where each actor first appears: its first mention, else the quote it said, else the one it reported', () => {
    expect(model.actors.map((actor) => [actor.id, firstAppearance(actor, model.quotes)])).toEqual([
      ['maduro', 'm-maduro-1'],
      ['china', 'm-china-1'],
      ['ryabkov', 'q-ryabkov-1'],
      ['tass', 'q-ryabkov-1'],
    ]);
  });

  it('becomes open data in the documented shape', () => {
    const data = toOpenData({ slug: 's', title: 't', date: '2025-12-11', lang: 'zh-Hant' }, model);
    expect(data.actors[0]).toMatchObject({ id: 'maduro', name: '尼古拉斯·馬杜羅', original: 'Nicolás Maduro', kind: 'person', role: '委內瑞拉總統', mentions: ['m-maduro-1', 'm-maduro-2'] });
    expect(data.quotes).toEqual([{ id: 'q-ryabkov-1', by: 'ryabkov', speakers: ['ryabkov'], via: 'tass', text: '肩並肩' }]);
    expect(data.figures).toEqual([{ id: 'f-15000', value: 15000, unit: '人', label: '兵力', text: '近15000名士兵' }]);
  });
});

describe('figures for reading', () => {
  it.each([
    [15000, '15,000'],
    [40, '40'],
    [60_000_000_000, '600億'],
    [150_000_000, '1.5億'],
  ])('writes %d as %s', (value, expected) => {
    expect(formatFigureNumber(value, 'zh-Hant')).toBe(expected);
  });

  it('puts the unit right after the number', () => {
    expect(formatFigure(40, '%', 'zh-Hant')).toBe('40%');
    expect(formatFigure(15000, '人', 'zh-Hant')).toBe('15,000人');
  });
});

describe('the actor highlight stylesheet', () => {
  const css = actorHighlightCss([
    { id: 'china', firstMention: 'm-china-1', mentionedInsideLinks: true },
    { id: 'maduro', firstMention: 'm-maduro-1', mentionedInsideLinks: false },
    { id: '7-eleven', firstMention: 'm-7-eleven-1', mentionedInsideLinks: true },
  ]);

  it('highlights an actor’s mentions when its sidebar entry or its first mention is the target', () => {
    expect(css).toContain('main:has(#actor-maduro:target,#m-maduro-1:target) [href="#actor-maduro"]');
  });

  it('adds the spans that mark mentions inside quotes, figures and links only for actors that have them', () => {
    expect(css).toContain('main:has(#actor-china:target,#m-china-1:target) :is([href="#actor-china"],[data-actor="china"])');
    expect(css).not.toContain('[data-actor="maduro"]');
  });

  it('quotes attribute values, so an id that starts with a digit works too', () => {
    expect(css).toContain('[data-actor="7-eleven"]');
  });

  it('is empty for an article that mentions nobody', () => {
    expect(actorHighlightCss([])).toBe('');
  });
});
