/**
 * The limits of limits.ts checked on a content file's text before any parser reads it: line length, and how deep
 * the Markdown (quotations, lists, emphasis, links) and the YAML (lists and maps) nest. The nesting is measured by
 * scanning, never by parsing (parsing is what overflows): line prefixes for Markdown blocks, a count of opening and
 * closing marks for inline Markdown, indentation and brackets for YAML. The scans may count a level too many on
 * odd text, never too few on the text that overflows a parser, and the limit leaves room for the first.
 *
 *   > > > > …  (33 levels)           → content/articles/x.md:12: body: quotations and lists nest 33 levels deep here; at most 32
 *   a line of 12,000 characters       → content/articles/x.md:9: body: the line has 12,000 characters; at most 10,000 (…)
 */
import type { ContentIssue } from './locate-issues';
import { LINE_MAX_CHARACTERS, NESTING_MAX_LEVELS } from './limits';
import { splitMarkdown } from './source-text';

/** Every limit the text of `file` passes over, one issue each (at most one per kind: the first line over it). */
export function textLimitIssues(file: string, text: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lines = text.split('\n');
  const long = lines.findIndex((line) => line.length > LINE_MAX_CHARACTERS && [...line].length > LINE_MAX_CHARACTERS);
  if (long >= 0) {
    const count = [...(lines[long] ?? '')].length;
    issues.push({
      file,
      line: long + 1,
      field: 'text',
      message: `the line has ${count.toLocaleString('en-US')} characters; at most ${LINE_MAX_CHARACTERS.toLocaleString('en-US')} (one paragraph is one line: split it into paragraphs)`,
    });
  }
  if (/\.md$/i.test(file)) {
    const { yaml, yamlFirstLine, body, hasFrontmatter } = splitMarkdown(text);
    if (hasFrontmatter) issues.push(...yamlNesting(yaml).map((found) => ({ ...found, file, line: found.line + yamlFirstLine - 1 })));
    issues.push(...markdownNesting(body).map((found) => ({ ...found, file })));
  } else {
    issues.push(...yamlNesting(text).map((found) => ({ ...found, file })));
  }
  return issues;
}

/** What is wrong with a piece of Markdown that is not a file of its own (an image caption), or `undefined`. */
export function markdownNestingProblem(markdown: string): string | undefined {
  return markdownNesting(markdown)[0]?.message;
}

type Found = Omit<ContentIssue, 'file'>;

const FENCE = /^(`{3,}|~{3,})/;
const ORDERED_MARKER = /^\d{1,9}[.)](?=[ \t]|$)/;
const BULLET_MARKER = /^[-*+](?=[ \t]|$)/;

/** The first place quotations and lists, or emphasis and links, nest deeper than the limit. */
function markdownNesting(markdown: string): Found[] {
  const found: Found[] = [];
  let fence: string | undefined;
  let block: { line: number; text: string[] } | undefined;
  let blockReported = false;
  let inlineReported = false;
  const closeBlock = () => {
    if (block && !inlineReported) {
      const depth = inlineDepth(block.text.join('\n'));
      if (depth > NESTING_MAX_LEVELS) {
        inlineReported = true;
        found.push({ line: block.line, field: 'body', message: `emphasis, links and annotations nest ${depth} levels deep in this paragraph; at most ${NESTING_MAX_LEVELS}` });
      }
    }
    block = undefined;
  };
  markdown.split('\n').forEach((line, index) => {
    const { depth, rest } = blockPrefix(line);
    if (fence !== undefined) {
      if (rest.startsWith(fence) && rest.slice(fence.length).trim().replaceAll(fence[0] ?? '', '') === '') fence = undefined;
      return;
    }
    const opening = FENCE.exec(rest);
    if (opening) {
      closeBlock();
      fence = opening[1];
      return;
    }
    if (depth > NESTING_MAX_LEVELS && !blockReported) {
      blockReported = true;
      found.push({ line: index + 1, field: 'body', message: `quotations and lists nest ${depth} levels deep here; at most ${NESTING_MAX_LEVELS}` });
    }
    if (rest.trim() === '') closeBlock();
    else (block ??= { line: index + 1, text: [] }).text.push(rest);
  });
  closeBlock();
  return found;
}

/**
 * How many quotation and list markers open the line (`> - > 1. text` is four), counting a list item indented
 * under another as one level per two columns, and the line after them.
 */
function blockPrefix(line: string): { depth: number; rest: string } {
  let depth = 0;
  let rest = line.replaceAll('\t', '    ');
  const indent = rest.length - rest.trimStart().length;
  for (;;) {
    const trimmed = rest.trimStart();
    if (trimmed.startsWith('>')) {
      depth += 1;
      rest = trimmed.slice(1);
      continue;
    }
    const marker = BULLET_MARKER.exec(trimmed) ?? ORDERED_MARKER.exec(trimmed);
    // A line of `-` or `*` alone is a rule or a heading's underline, not a list.
    if (marker && !/^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(trimmed)) {
      if (depth === 0) depth += Math.floor(indent / 2);
      depth += 1;
      rest = trimmed.slice(marker[0].length);
      continue;
    }
    return { depth, rest: trimmed };
  }
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

/**
 * The deepest the marks of one paragraph open inside each other: `[` opens and `]` closes; a run of `*`, `_` or
 * `~` closes, by its length, what is open when it can close (right-flanking: after a word), and otherwise opens
 * when it can open (left-flanking: before a word). Escaped marks and code spans count for nothing.
 */
function inlineDepth(text: string): number {
  const characters = [...text];
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] ?? '';
    if (character === '\\') {
      index += 1;
      continue;
    }
    if (character === '`') {
      let run = 1;
      while (characters[index + run] === '`') run += 1;
      const close = findRun(characters, '`', run, index + run);
      index = close === -1 ? index + run - 1 : close + run - 1;
      continue;
    }
    if (character === '[') depth += 1;
    else if (character === ']') depth = Math.max(0, depth - 1);
    else if (character === '*' || character === '_' || character === '~') {
      let run = 1;
      while (characters[index + run] === character) run += 1;
      const before = characters[index - 1] ?? ' ';
      const after = characters[index + run] ?? ' ';
      const left = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
      const right = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
      // A run that can close closes what is open (as the parser pairs it); else, if it can open, it opens.
      if (right && depth > 0) depth = Math.max(0, depth - run);
      else if (left) depth += run;
      index += run - 1;
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Index of the next run of exactly `length` `mark`s from `from`, or -1. */
function findRun(characters: readonly string[], mark: string, length: number, from: number): number {
  for (let index = from; index < characters.length; index += 1) {
    if (characters[index] !== mark) continue;
    let run = 1;
    while (characters[index + run] === mark) run += 1;
    if (run === length) return index;
    index += run - 1;
  }
  return -1;
}

/**
 * The first line where YAML lists and maps nest deeper than the limit: one level per step of indentation, per
 * `- ` opening a list item on the line, and per `[` or `{` still open (outside quoted text).
 */
function yamlNesting(yaml: string): Found[] {
  const indents: number[] = [];
  let flow = 0;
  const lines = yaml.split('\n');
  for (const [index, line] of lines.entries()) {
    const content = line.trimStart();
    if (content === '' || content.startsWith('#')) continue;
    const indent = line.length - content.length;
    while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
    indents.push(indent);
    const items = /^(?:-[ \t]+)*/.exec(content)?.[0].replace(/[ \t]/g, '').length ?? 0;
    const { deepest, open } = flowDepth(content, flow);
    flow = open;
    const depth = indents.length + items + Math.max(0, deepest);
    if (depth > NESTING_MAX_LEVELS) {
      return [{ line: index + 1, field: 'YAML', message: `lists and maps nest ${depth} levels deep here; at most ${NESTING_MAX_LEVELS}` }];
    }
  }
  return [];
}

/** How deep `[` and `{` go on a line, starting `open` levels deep, and how many are still open after it. */
function flowDepth(line: string, open: number): { deepest: number; open: number } {
  let depth = open;
  let deepest = open;
  let quote: string | undefined;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index];
    if (quote) {
      if (character === '\\' && quote === '"') index += 1;
      else if (character === quote) quote = undefined;
      continue;
    }
    if (character === '#' && (index === 0 || /\s/.test(line[index - 1] ?? ''))) break;
    // A quote opens a quoted scalar only where one can start: after a space, a bracket, a comma or a colon.
    if ((character === '"' || character === "'") && (index === 0 || /[\s[{,:]/.test(line[index - 1] ?? ''))) quote = character;
    else if (character === '[' || character === '{') deepest = Math.max(deepest, ++depth);
    else if (character === ']' || character === '}') depth = Math.max(0, depth - 1);
  }
  return { deepest, open: depth };
}
