/**
 * `:date[…]{value=…}` marks a date in the text; the article's timeline is built from these marks.
 *
 *   1999年查維斯上任時 → :date[1999年]{value=1999}查維斯上任時
 *   從:date[2005年至2022年]{value=2005 until=2022}            (a span)
 *   :date[10月底]{value=2025-10 event="馬杜羅向中俄求援"}        (`event` says what happened)
 *
 *   <time datetime="1999" id="d-1999">1999年</time>
 *
 * `value` and `until` are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: exactly what `<time datetime>` accepts.
 *
 * The timeline says what happened: the `event` the editor wrote (one line of text: its Markdown is read, so
 * `**…**` shows as the words, and an annotation in it is refused, since the timeline is no place for a mark);
 * else the clause the date stands in (between ，；： inside its sentence), with the next clause when the date's
 * own says nothing more than the date; in a table, the rest of the date's row.
 */
import type { Nodes, Parent, PhrasingContent, Root, TableRow } from 'mdast';
import { directiveFromMarkdown, type TextDirective } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { directive } from 'micromark-extension-directive';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { ContentError, type ContentIssue } from '../content/locate-issues';
import { anchorIdsOf } from '../markdown/anchor-ids';
import { fileLabel, lineOf, unclosedAnnotation } from '../markdown/directive-source';
import { isPartialDate, type DatedEvent } from './dated-event';

const SENTENCE_END = /[。！？]/;

/** Where the sentence of `text` that holds the character range [start, end) begins and ends. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to += 1;
  if (to < text.length) to += 1;
  // A closing quote mark right after the full stop belongs to the sentence.
  if (/[」』”]/.test(text[to] ?? '')) to += 1;
  return [from, to];
}

/** The sentence of `block` that holds the character range [start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  const [from, to] = sentenceBounds(text, start, end);
  return text.slice(from, to).trim();
}

const CLAUSE_END = /[，；：]/;

/** Fewer characters than this besides the date itself, and a clause says nothing about what happened. */
const MIN_CLAUSE = 4;

/**
 * The clause of `sentence` that holds the range [start, end) (offsets within the sentence), joined with the next
 * one (or, at the sentence's end, the one before) when it holds little more than the date.
 */
export function clauseAround(sentence: string, start: number, end: number): string {
  const bounds: number[] = [0];
  for (let index = 0; index < sentence.length; index += 1) if (CLAUSE_END.test(sentence[index] ?? '')) bounds.push(index + 1);
  bounds.push(sentence.length);
  let first = bounds.findLastIndex((bound) => bound <= start);
  let last = bounds.findIndex((bound) => bound >= end);
  const clause = () => sentence.slice(bounds[first], bounds[last]);
  const besidesTheDate = () => clause().replace(/[，；：。！？\s]/g, '').length - (end - start);
  if (besidesTheDate() < MIN_CLAUSE && last < bounds.length - 1) last += 1;
  else if (besidesTheDate() < MIN_CLAUSE && first > 0) first -= 1;
  return clause().replace(/[，；：。]$/, '').trim();
}

/** The editor's `event`: one line of inline Markdown, read as the words it shows; annotations are refused. */
function eventText(source: string): { text: string } | { problem: string } {
  const tree = fromMarkdown(source, { extensions: [directive()], mdastExtensions: [directiveFromMarkdown()] });
  let marked: string | undefined;
  visit(tree, (node: Nodes) => {
    if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') marked ??= `:${node.name}`;
  });
  if (marked) return { problem: `an event is plain text: write the words without ${marked}[…] (the timeline links to the date in the text, where the annotations are)` };
  return { text: toString(tree).replace(/\s+/g, ' ').trim() };
}

/** In a table: the text of the date's row, its own cell's other words and the other cells, in order. */
function rowText(row: TableRow, date: TextDirective): string {
  return row.children
    .map((cell) => toString({ type: 'paragraph', children: cell.children.filter((child) => child !== date) }).trim())
    .filter(Boolean)
    .join('，');
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
    const unclosed = unclosedAnnotation(node, file);
    if (unclosed) {
      issues.push({ file: label, line, field: unclosed.field, message: unclosed.message });
      return;
    }
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
    const written = node.attributes?.event?.trim() ? eventText(node.attributes.event) : undefined;
    if (written && 'problem' in written) {
      issues.push({ file: label, line, field: 'event', message: written.problem });
      return;
    }
    const id = ids.generate(`d-${value}`);
    const text = toString(node);
    const row = [...ancestors].reverse().find((ancestor): ancestor is TableRow => ancestor.type === 'tableRow');
    const block = [...ancestors].reverse().find(isSentenceBlock) as Parent | undefined;
    const blockText = block ? toString(block) : text;
    const start = block ? offsetIn(block, node) : 0;
    const [from, to] = sentenceBounds(blockText, start, start + text.length);
    const event =
      written?.text || (row ? rowText(row, node) : '') || clauseAround(blockText.slice(from, to), start - from, start - from + text.length) || text;
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
