/** Headlines cut into phrases (src/lib/typography/headline-phrases.ts): breaks fall between words, never inside one. */
import { describe, expect, it } from 'vitest';
import { headlinePhrases } from '../../src/lib/typography/headline-phrases';

describe('headline phrases', () => {
  it('gives back the headline whole when joined', () => {
    const title = '委內瑞拉是否已被其兩大盟友——中俄拋棄？';
    expect(headlinePhrases(title).join('')).toBe(title);
  });

  it.each([
    ['委內瑞拉是否已被其兩大盟友——中俄拋棄？', ['盟友', '中俄', '拋棄', '委內瑞拉']],
    ['這兩個國家在政治上支持委內瑞拉', ['兩個', '國家', '政治', '支持']],
    ['特朗普稱委內瑞拉領空「全面關閉」', ['特朗普', '委內瑞拉', '領空']],
  ])('keeps every word of %s inside one phrase', (title, wordsOf) => {
    const phrases = headlinePhrases(title);
    for (const word of wordsOf) expect(phrases.some((phrase) => phrase.includes(word)), word).toBe(true);
  });

  it('breaks only between words of two characters or more, so a one-character word stays with a neighbour', () => {
    expect(headlinePhrases('這兩個國家')).toEqual(['這兩個', '國家']);
    expect(headlinePhrases('已被其兩大盟友')).toEqual(['已被其兩大', '盟友']);
  });

  it('leaves a headline without such a boundary whole', () => {
    expect(headlinePhrases('中俄')).toEqual(['中俄']);
  });
});
