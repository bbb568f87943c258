/**
 * Names the Simplified edition would merge (src/lib/editions/simplified-collisions.ts, with the edition's own
 * converter): pairs that differ in Traditional and read alike once converted, and nothing else.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { mergedInSimplified } from '../../src/lib/editions/simplified-collisions';
import { headingsMergedInSimplified } from '../../src/lib/markdown/distinct-headings';

const convert = (text: string) => simplifiedConverter().convert(text);
const names = (...texts: string[]) => texts.map((text, index) => ({ text, where: `line ${index + 1}` }));

describe('names merged in the Simplified edition', () => {
  it('finds every pair that differs in Traditional and reads alike in Simplified', () => {
    const pairs = [['臺灣', '台灣'], ['髮型', '發型'], ['後來', '后來'], ['鍾先生', '鐘先生'], ['乾燥', '干燥'], ['裡面', '裏面'], ['週到', '周到']];
    for (const [first, later] of pairs) {
      expect(mergedInSimplified(names(first!, '石油', later!), convert).map(({ name, first: earlier }) => [name.text, earlier.text])).toEqual([[later, first]]);
    }
  });

  it('leaves alone names that stay apart, and a name written twice alike', () => {
    expect(mergedInSimplified(names('台灣', '石油', '委內瑞拉', '委內瑞拉'), convert)).toEqual([]);
  });

  it('follows the overrides the edition converts with: a conversion that keeps two names apart keeps them apart', () => {
    const keepsApart = simplifiedConverter({ 臺灣: '臺湾' });
    expect(mergedInSimplified(names('臺灣', '台灣'), (text) => keepsApart.convert(text))).toEqual([]);
  });

  it('reports the later of two headings of one article at its line, naming the first', () => {
    const tree = fromMarkdown('## 後來\n\n文字\n\n## 重複\n\n## 重複\n\n## 后來\n');
    expect(headingsMergedInSimplified(tree, convert, 'x.md')).toEqual([
      expect.objectContaining({ line: 9, field: 'heading', message: expect.stringContaining('"后來" reads "后来" in the Simplified edition, as "後來" (line 1) does') }),
    ]);
  });
});
