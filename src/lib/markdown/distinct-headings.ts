/**
 * Two headings of one article that differ in Traditional but read alike in Simplified (## 臺灣的選擇 and
 * ## 台灣的選擇): the Simplified page would show one heading twice. Fails at the later one, naming the first.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from '../content/locate-issues';
import { mergedInSimplified, mergedMessage } from '../editions/simplified-collisions';

export function headingsMergedInSimplified(tree: Root, convert: (text: string) => string, file: string): ContentIssue[] {
  const headings: { text: string; where: string; line: number }[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const line = node.position?.start.line ?? 1;
    headings.push({ text: toString(node), where: `line ${line}`, line });
  });
  return mergedInSimplified(headings, convert).map((merged) => ({
    file,
    line: merged.name.line,
    field: 'heading',
    message: mergedMessage(merged, 'headings', 'reword one, or give it a conversion in the article’s `conversion`'),
  }));
}
