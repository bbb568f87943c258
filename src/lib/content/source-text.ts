/**
 * The text of a content file as the rest of the pipeline reads it, whatever editor wrote it: no byte-order
 * mark, `\n` line ends, and frontmatter found even below blank lines. Line numbers never change, so every message
 * still points at the editor's own line.
 */

/** Without a UTF-8 byte-order mark, with Windows (`\r\n`) and old Mac (`\r`) line ends as `\n`. */
export function normaliseSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A Markdown file cut into its YAML frontmatter and the rest. */
export interface MarkdownParts {
  /** The YAML between the `---` fences; empty when the file has none. */
  yaml: string;
  /** Line of the file the YAML starts on. */
  yamlFirstLine: number;
  /**
   * The whole file with the frontmatter blanked (every character but line ends turned into a space): what the
   * Markdown plugins render, so the lines they report and the offsets they slice by are the file's own.
   */
  body: string;
  /** Whether the file has frontmatter at all (`---` lines). */
  hasFrontmatter: boolean;
}

/** `---` on a line of its own, YAML, `---` on a line of its own; blank lines may stand above it. */
const FRONTMATTER = /^((?:[ \t]*\n)*)---[ \t]*\n((?:[\s\S]*?\n)?)---[ \t]*(?=\n|$)/;

/** Expects normalised text (see normaliseSource). */
export function splitMarkdown(text: string): MarkdownParts {
  const match = FRONTMATTER.exec(text);
  if (!match) return { yaml: '', yamlFirstLine: 1, body: text, hasFrontmatter: false };
  const blankLines = (match[1] ?? '').split('\n').length - 1;
  return {
    yaml: match[2] ?? '',
    yamlFirstLine: blankLines + 2,
    body: match[0].replace(/[^\n]/g, ' ') + text.slice(match[0].length),
    hasFrontmatter: true,
  };
}

/** The YAML of a content file: the frontmatter of a Markdown file, or the whole of a `.yaml` file. */
export function yamlOf(file: string, text: string): { yaml: string; firstLine: number } {
  if (!/\.md$/i.test(file)) return { yaml: text, firstLine: 1 };
  const { yaml, yamlFirstLine } = splitMarkdown(text);
  return { yaml, firstLine: yamlFirstLine };
}
