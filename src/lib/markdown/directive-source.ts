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
