/**
 * The build's report of Taiwan words left in an article's Simplified text (src/lib/editions/conversion/
 * words-to-check.ts and words-to-check-report.ts), on tests/fixtures/words-to-check/article.md.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { mainlandVocabulary } from '../../src/lib/editions/conversion/vocabulary';
import { WORDS_TO_CHECK, wordsLeftToCheck } from '../../src/lib/editions/conversion/words-to-check';
import { textBlocksToCheck, wordsToCheckWarnings, type TextBlock } from '../../src/lib/editions/conversion/words-to-check-report';
import { renderMarkdown } from '../helpers/markdown';

const FILE = 'tests/fixtures/words-to-check/article.md';
const source = readFileSync(resolve(import.meta.dirname, '../..', FILE), 'utf8');
const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { title: string; conversion: Record<string, string> };

describe('the words to check in the Simplified edition', () => {
  it('finds a word OpenCC leaves as Taiwan writes it, and not one the vocabulary or an override settles', () => {
    const converter = simplifiedConverter();
    expect(wordsLeftToCheck('網友流傳影片。', converter)).toEqual([{ word: '影片', index: 4, mainland: WORDS_TO_CHECK['影片'] }]);
    expect(wordsLeftToCheck('網友上傳影片，短影片平台轉載。', converter)).toEqual([]);
    expect(wordsLeftToCheck('這部影片。', simplifiedConverter({ 影片: '视频' }))).toEqual([]);
  });

  it('lists no word the vocabulary already converts wherever it stands', () => {
    const keys = Object.keys(mainlandVocabulary().pairs);
    expect(Object.keys(WORDS_TO_CHECK).filter((word) => keys.includes(word))).toEqual([]);
  });

  it('keeps the blocks that may hold one, with their lines, leaving out code', async () => {
    const { frontmatter: rendered } = await renderMarkdown(source, FILE);
    const blocks = rendered.textToCheck as TextBlock[];
    expect(blocks.map(({ line }) => line)).toEqual([15, 17, 19, 22]);
    expect(blocks[2]?.text).toBe('程式碼裡的與下面的檔案不同：\n這份檔案在第二行。');
    expect(textBlocksToCheck({ type: 'root', children: [] })).toEqual([]);
  });

  it('warns once per word left, naming the file and the line, the title included', async () => {
    const { frontmatter: rendered } = await renderMarkdown(source, FILE);
    const warnings = wordsToCheckWarnings({
      file: FILE,
      blocks: rendered.textToCheck as TextBlock[],
      fields: [{ text: frontmatter.title, line: 2 }],
      converter: simplifiedConverter(frontmatter.conversion),
    });
    const video = `影片 is left as Taiwan writes it in the Simplified edition (mainland: ${WORDS_TO_CHECK['影片']}); if the sentence means that, add it to the article's conversion map`;
    const file = `檔案 is left as Taiwan writes it in the Simplified edition (mainland: ${WORDS_TO_CHECK['檔案']}); if the sentence means that, add it to the article's conversion map`;
    expect(warnings).toEqual([`${FILE}:2: ${video}`, `${FILE}:17: ${video}`, `${FILE}:19: ${file}`, `${FILE}:20: ${file}`, `${FILE}:22: ${video}`]);
  });
});
