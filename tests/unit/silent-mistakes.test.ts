/** The warnings for silent mistakes (src/lib/annotations/silent-mistakes.ts): what they flag, and what they leave. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleBody } from '../../src/lib/annotations/auto-annotate';
import { silentMistakes } from '../../src/lib/annotations/silent-mistakes';
import { SEED_MARKDOWN_FILE } from '../helpers/seed';

const warnings = (body: string) => {
  const { tree, body: text } = parseArticleBody(body);
  return silentMistakes(tree, text).map(({ line, message }) => `${line}: ${message.split(':')[0]}`);
};

describe('warnings for silent mistakes', () => {
  it('find none in the seed article', () => {
    expect(warnings(readFileSync(SEED_MARKDOWN_FILE, 'utf8'))).toEqual([]);
  });

  it('flag a break inside Chinese prose, not a hard break nor one between Latin words', () => {
    expect(warnings('甲說\n乙。\n')).toEqual(['1: the paragraph breaks here and goes on on the next line']);
    expect(warnings('甲說\\\n乙。\n')).toEqual([]);
    expect(warnings('one line\nand the next\n')).toEqual([]);
  });

  it('flag quotation marks inside a quote, whichever kind', () => {
    expect(warnings('「:quote[『話』]{by=x}」\n')).toHaveLength(1);
    expect(warnings('「:quote[話]{by=x}」\n')).toEqual([]);
  });

  it('suggest a quote only after a speech verb, and never for one already annotated', () => {
    expect(warnings('他強調：「不會讓步」。\n')).toEqual(['1: 「不會讓步」 follows a speaker but is not a quote']);
    expect(warnings('所謂「新冷戰」一詞。\n')).toEqual([]);
    expect(warnings('他說，「:quote[不會讓步]{by=x}」。\n')).toEqual([]);
  });

  it('suggest a figure for a number with a unit, not for dates, figures already written, or code', () => {
    expect(warnings('運往亞洲約40%。\n')).toEqual(['1: 40% is a number with a unit but not a key figure']);
    expect(warnings('約80萬桶。\n')).toEqual(['1: 80萬桶 is a number with a unit but not a key figure']);
    expect(warnings(':date[2019年12月]{value=2019-12}與2005年至2022年。\n')).toEqual([]);
    expect(warnings(':figure[15000名士兵]{value=15000 unit=人 label=兵力}\n')).toEqual([]);
    expect(warnings('`15000名`\n')).toEqual([]);
  });
});
