import type { VFile } from 'vfile';
import { relative } from 'node:path';

interface Positioned {
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
  /** `data.sourceText`, on nodes parsed from text other than the file (image captions): what their offsets refer to. */
  data?: unknown;
}

/** The exact Markdown text a node was parsed from, or `undefined` when the parser kept no offsets. */
export function sourceOf(node: Positioned, file: VFile): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const sourceText = (node.data as { sourceText?: string } | undefined)?.sourceText;
  return (sourceText ?? String(file.value)).slice(start, end);
}

/** Path of the file being rendered, relative to the project root, for error messages. */
export function fileLabel(file: VFile): string {
  return file.path ? relative(process.cwd(), file.path) : '<markdown>';
}

/** 1-based line of a node in its file (Astro blanks frontmatter without removing lines, so lines match). */
export function lineOf(node: Positioned): number {
  return node.position?.start.line ?? 1;
}

/**
 * An annotation whose `[` or `{` is never closed (`:actor[馬杜羅{ref=maduro}`, `:actor[馬杜羅]{ref=maduro`): the
 * parser then reads a bare `:actor` (or one without attributes) followed by text, and every later check would
 * blame a missing `ref`. Named for what it is, with the field to report it under.
 */
export function unclosedAnnotation(node: Positioned & { name: string }, file: VFile): { field: string; message: string } | undefined {
  const written = sourceOf(node, file);
  const end = node.position?.end.offset;
  if (written === undefined || end === undefined) return undefined;
  const next = ((node.data as { sourceText?: string } | undefined)?.sourceText ?? String(file.value)).charAt(end);
  if (written === `:${node.name}` && next === '[') {
    return { field: 'text', message: `:${node.name}[ is never closed: add ] after the words it marks (an annotation stays on one line)` };
  }
  if (written.endsWith(']') && next === '{') {
    return { field: 'attributes', message: `:${node.name}[…]{ is never closed: add } after its attributes (an annotation stays on one line)` };
  }
  return undefined;
}
