import { describe, expect, it } from 'vitest';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { openccTraditionalToSimplified } from '../../src/lib/editions/conversion/opencc';
import { mergeOverrides } from '../../src/lib/editions/conversion/overrides';
import { simplifiedPunctuation } from '../../src/lib/editions/conversion/punctuation';
import { NO_VOCABULARY } from '../../src/lib/editions/conversion/vocabulary';

// OpenCC and the overrides alone: the mainland vocabulary has its own tests (conversion-vocabulary.test.ts).
const plain = simplifiedConverter({}, NO_VOCABULARY);

describe('the Simplified converter', () => {
  it('writes 著 as 着 where the seed has 面臨著, 隨著 and 冒著', () => {
    expect(plain.convert('面臨著')).toBe('面临着');
    expect(plain.convert('隨著')).toBe('随着');
    expect(plain.convert('冒著')).toBe('冒着');
  });

  it('leaves 著 in 著名 (the tw preset converts phrases, not only characters)', () => {
    expect(plain.convert('著名學者')).toBe('著名学者');
  });

  it('leaves Latin text, digits and ASCII punctuation as they are', () => {
    const latin = 'Nicolás Maduro, Hugo Chávez (2025-12-11) — 15000 "BBC"';
    expect(plain.convert(latin)).toBe(latin);
  });

  it('turns corner brackets into the quotation marks Simplified text uses', () => {
    expect(plain.convert('「全面關閉」與『肩並肩』')).toBe('“全面关闭”与‘肩并肩’');
    expect(simplifiedPunctuation('「」『』')).toBe('“”‘’');
  });

  it('applies an override where OpenCC would write the Taiwan word', () => {
    expect(plain.convert('據報導，蘇愷戰機')).toBe('据报导，苏恺战机');
    const withOverrides = simplifiedConverter({ 報導: '报道', 蘇愷: '苏霍伊' }, NO_VOCABULARY);
    expect(withOverrides.convert('據報導，蘇愷戰機')).toBe('据报道，苏霍伊战机');
  });

  it('prefers the longest override at a position', () => {
    const converter = simplifiedConverter({ 查維: '查X', 查維斯: '查韦斯' });
    expect(converter.convert('查維斯與查維')).toBe('查韦斯与查X');
  });

  it("lets an article's overrides win over the site's", () => {
    const merged = mergeOverrides({ 報導: '报道', 蘇愷: '苏凯' }, { 蘇愷: '苏霍伊' });
    expect(merged).toEqual({ 報導: '报道', 蘇愷: '苏霍伊' });
    expect(simplifiedConverter(merged).convert('報導蘇愷')).toBe('报道苏霍伊');
  });

  it('converts parts of a split text as one run and returns one result per part', () => {
    const converter = simplifiedConverter({ 蘇愷: '苏霍伊' });
    const parts = converter.convertParts(['清朝', '乾', '隆與', '蘇', '愷']);
    expect(parts).toEqual(['清朝', '乾', '隆与', '苏霍', '伊']);
    expect(parts.join('')).toBe(converter.convert('清朝乾隆與蘇愷'));
  });

  it('makes one converter per set of overrides, whatever their order', () => {
    expect(simplifiedConverter({ a: '1', b: '2' })).toBe(simplifiedConverter({ b: '2', a: '1' }));
    expect(simplifiedConverter({ a: '1' })).not.toBe(simplifiedConverter({ a: '2' }));
  });

  // The converter passes ASCII-only runs through untouched without asking OpenCC: that is only right while OpenCC
  // itself never changes an ASCII character.
  it('has nothing OpenCC would change in ASCII, so ASCII runs can skip it', () => {
    const ascii = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code)).join('');
    expect(openccTraditionalToSimplified(ascii)).toBe(ascii);
  });

  it('still applies an override that starts with an ASCII character', () => {
    const converter = simplifiedConverter({ 'Su-30': '苏-30', 'F16': 'F-16' });
    expect(converter.convert('Su-30 and F16')).toBe('苏-30 and F-16');
    const parts = converter.convertParts(['Su', '-30 and F', '16']);
    expect(parts).toHaveLength(3);
    expect(parts.join('')).toBe('苏-30 and F-16');
  });

  it('converts a run it has seen before to the same parts, without sharing them with the caller', () => {
    const converter = simplifiedConverter({ 報導: '报道' });
    const first = converter.convertParts(['據', '報導']);
    first[0] = 'changed by the caller';
    expect(converter.convertParts(['據', '報導'])).toEqual(['据', '报道']);
    expect(converter.convertParts(['據報', '導'])).toEqual(['据报', '道']);
  });
});
