/**
 * `:date[…]{value=…}` marks a date in the text; the article's timeline is built from these marks.
 *
 *   1999年查維斯上任時 → :date[1999年]{value=1999}查維斯上任時
 *   從:date[2005年至2022年]{value=2005 until=2022}            (a span)
 *   :date[10月底]{value=2025-10 event="馬杜羅向中俄求援"}        (`event` names what happened; by default the
 *                                                               timeline shows the sentence around the date)
 *
 *   <time datetime="1999" id="d-1999">1999年</time>
 *
 * `value` and `until` are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: exactly what `<time datetime>` accepts.
 */
import type { Parent, PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { ContentError, type ContentIssue } from '../content/locate-issues';
import { anchorIdsOf } from '../markdown/anchor-ids';
import { fileLabel, lineOf } from '../markdown/directive-source';
import { isPartialDate, type DatedEvent } from './dated-event';

const SENTENCE_END = /[。！？]/;

/** The sentence of `block` that holds the character range [start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to += 1;
  if (to < text.length) to += 1;
  // A closing quote mark right after the full stop belongs to the sentence.
  if (/[」』”]/.test(text[to] ?? '')) to += 1;
  return text.slice(from, to).trim();
}

/** Offset of `node` within the plain text of `block`. */
function offsetIn(block: Parent, node: PhrasingContent): number {
  let offset = 0;
  let found = false;
  const walk = (parent: Parent): void => {
    for (const child of parent.children) {
      if (found) return;
      if (child === node) {
        found = true;
        return;
      }
      if ('children' in child) walk(child as Parent);
      else if ('value' in child && typeof child.value === 'string') offset += child.value.length;
    }
  };
  walk(block);
  return offset;
}

/** Where a date's sentence is looked for: its paragraph or heading, or the caption of an image (not its credit). */
function isSentenceBlock(node: Parent): boolean {
  const className = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className;
  const isCaption = Array.isArray(className) && className.includes('caption');
  return isCaption || node.type === 'paragraph' || node.type === 'heading';
}

export function collectDates(tree: Root, file: VFile): DatedEvent[] {
  const events: DatedEvent[] = [];
  const issues: ContentIssue[] = [];
  const ids = anchorIdsOf(file, tree);
  const label = fileLabel(file);

  visitParents(tree, 'textDirective', (node: TextDirective, ancestors) => {
    if (node.name !== 'date') return;
    const line = lineOf(node);
    const value = node.attributes?.value ?? '';
    const until = node.attributes?.until ?? undefined;
    if (!isPartialDate(value)) {
      issues.push({ file: label, line, field: 'value', message: `"${value}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD` });
      return;
    }
    if (until !== undefined && (!isPartialDate(until) || until < value)) {
      issues.push({ file: label, line, field: 'until', message: `"${until}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD) after ${value}` });
      return;
    }
    const id = ids.generate(`d-${value}`);
    const text = toString(node);
    const block = [...ancestors].reverse().find(isSentenceBlock) as Parent | undefined;
    const blockText = block ? toString(block) : text;
    const start = block ? offsetIn(block, node) : 0;
    const event = node.attributes?.event?.trim() || sentenceAround(blockText, start, start + text.length);
    events.push({ id, value, ...(until ? { until } : {}), text, event });
    node.data = { hName: 'time', hProperties: { dateTime: value, id } };
  });

  if (issues.length > 0) throw new ContentError(issues);
  return events;
}

/** Events in the order they happened (a span sorts by its start); ties keep the order of the text. */
export function chronological(events: readonly DatedEvent[]): DatedEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.value.localeCompare(b.event.value) || a.index - b.index)
    .map(({ event }) => event);
}
