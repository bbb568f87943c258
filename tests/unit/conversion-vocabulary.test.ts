/**
 * The mainland vocabulary (src/lib/editions/conversion/mainland-vocabulary.yaml): its shape, and what the
 * converter does with it. Sentences that must and must not change are in
 * tests/fixtures/conversion/mainland-vocabulary/ (run by conversion-fixtures.test.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { openccTraditionalToSimplified } from '../../src/lib/editions/conversion/opencc';
import { mainlandVocabulary, parseVocabulary, VOCABULARY_FILE } from '../../src/lib/editions/conversion/vocabulary';
import { WORDS_TO_CHECK } from '../../src/lib/editions/conversion/words-to-check';
import { readSiteOverrides } from '../../src/inputs/conversion-file';
import { mergeOverrides } from '../../src/lib/editions/conversion/overrides';
import { NO_VOCABULARY } from '../../src/lib/editions/conversion/vocabulary';
import { PROJECT_ROOT } from '../helpers/build-site';
import { SEED_TEXT } from '../helpers/seed';

const vocabulary = mainlandVocabulary();
const pairs = Object.entries(vocabulary.pairs);
/** `t`→`cn` changes Simplified text only where Traditional characters are left (see simplified-edition.test.ts). */
const leftTraditional = OpenCC.Converter({ from: 't', to: 'cn' });

describe('the mainland vocabulary', () => {
  it(`holds ${vocabulary.size} words, read from one file without a problem`, () => {
    const { pairs: read, problems } = parseVocabulary(readFileSync(resolve(PROJECT_ROOT, VOCABULARY_FILE), 'utf8'));
    expect(problems).toEqual([]);
    expect(Object.keys(read)).toHaveLength(vocabulary.size);
    // "A few hundred words": the count is in this test's name.
    expect(vocabulary.size).toBeGreaterThanOrEqual(300);
  });

  it('names the line of a pair written twice or not written as a pair', () => {
    expect(parseVocabulary('# words\n網路: 网络\n網路: 网路\n軟體 软件\n').problems).toEqual([
      { line: 3, message: '網路 is listed twice' },
      { line: 4, message: '"軟體 软件" is not one "Traditional: Simplified" pair' },
    ]);
  });

  it('changes what OpenCC writes with every pair, unless the pair settles a shorter key or a word to check inside it', () => {
    const shorter = [...pairs.map(([key]) => key), ...Object.keys(WORDS_TO_CHECK)];
    const idle = pairs.filter(([key, value]) => openccTraditionalToSimplified(key) === value && !shorter.some((other) => other !== key && key.includes(other)));
    expect(idle).toEqual([]);
  });

  it('writes every replacement in Simplified characters', () => {
    expect(pairs.filter(([, value]) => leftTraditional(value) !== value)).toEqual([]);
  });

  it("applies after OpenCC's characters and before the site's and the article's overrides", () => {
    expect(simplifiedConverter().convert('貨櫃船')).toBe('集装箱船');
    // An override wins where it matches, even over a longer vocabulary word.
    expect(simplifiedConverter({ 貨櫃: '货柜' }).convert('貨櫃船')).toBe('货柜船');
    expect(simplifiedConverter({ 飛彈: '飞弹' }).convert('巡弋飛彈')).toBe('巡航飞弹');
  });

  it('leaves a gloss in parentheses and a word quoted alone as written', () => {
    const converter = simplifiedConverter();
    expect(converter.convert('特朗普（Donald Trump，川普）')).toBe('特朗普（Donald Trump，川普）');
    expect(converter.convert('川普（Donald Trump）')).toBe('特朗普（Donald Trump）');
    expect(converter.convert('稱為「川普」')).toBe('称为“川普”');
    expect(converter.convert('「川普政府」')).toBe('“特朗普政府”');
  });

  it('converts a word split by a tag as one run', () => {
    expect(simplifiedConverter().convertParts(['長榮的貨', '櫃船'])).toEqual(['长荣的集装', '箱船']);
  });

  it('changes the seed article only where it names the 中國與拉美金融資料庫 (a database: 数据库)', () => {
    // The seed as the site converts it: the site's file and the article's own map, with and without the vocabulary.
    const overrides = mergeOverrides(readSiteOverrides(resolve(PROJECT_ROOT, 'content/conversion.yaml')), { 蘇愷: '苏霍伊' });
    const withVocabulary = simplifiedConverter(overrides).convert(SEED_TEXT);
    const without = simplifiedConverter(overrides, NO_VOCABULARY).convert(SEED_TEXT);
    // Every change, listed: once in the received text (and four times on the built page, where the name is also a
    // source and an actor). Nothing else differs.
    const changes = [['中国与拉美金融资料库', '中国与拉美金融数据库']] as const;
    expect(changes.map(([from]) => without.split(from).length - 1)).toEqual([1]);
    expect(changes.reduce((text, [from, to]) => text.replaceAll(from, to), without)).toBe(withVocabulary);
  });
});
