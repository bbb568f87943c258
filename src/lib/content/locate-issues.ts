import { isMap, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { normaliseSource, yamlOf } from './source-text';

/** A problem with one field of one content file, located for the editor who has to fix it. */
export interface ContentIssue {
  /** Path of the file, as given (relative to the project root where possible). */
  file: string;
  /** 1-based line in the file: the field's own line, or the nearest enclosing one when the field is missing. */
  line: number;
  /** Dotted field path, e.g. `sources[0].url`; empty for the whole file. */
  field: string;
  message: string;
}

export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  /** zod's issue code; `invalid_key` issues carry the key's own issues in `issues`. */
  code?: string;
  issues?: readonly SchemaIssue[];
}

/** What the editor should read: a bad map key is described by the key schema's own messages, not "Invalid key". */
function issueMessage(issue: SchemaIssue): string {
  if (issue.code === 'invalid_key' && issue.issues && issue.issues.length > 0) {
    return issue.issues.map((inner) => inner.message).join('; ');
  }
  return issue.message;
}

/** Dotted path as an editor reads it: `images[2].credit`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/**
 * Most alias expansions a content file may make. Content files have little use for YAML anchors; a file that
 * expands aliases thousands of times is an attack on the build's memory (a "billion laughs"), not content.
 */
const MAX_ALIAS_COUNT = 100;

/**
 * The data of a content file exactly as written (YAML 1.2: dates stay strings, `yes` stays `yes`). A file YAML
 * cannot read fails with the line of each problem: syntax errors, a key given twice, too many alias expansions.
 * `source` is the file's normalised text (see source-text.ts).
 */
export function readYamlPart(file: string, source: string): unknown {
  const { yaml, firstLine } = yamlOf(file, normaliseSource(source));
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  if (document.errors.length > 0) {
    throw new ContentError(
      document.errors.map((error) => {
        const line = lineCounter.linePos(error.pos[0]).line;
        return { file, line: firstLine + openingLine(yaml, line, error.message) - 1, field: 'YAML', message: unclosedMessage(error.message) ?? yamlMessage(error.message) };
      }),
    );
  }
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    // The only error toJS raises on a document that parsed: too many alias expansions.
    let firstAlias: number | undefined;
    visit(document, { Alias: (_key, node) => void (firstAlias ??= node.range?.[0]) });
    const message = `YAML aliases expand more than ${MAX_ALIAS_COUNT} times; write the values out instead (${(error as Error).message})`;
    throw new ContentError([{ file, line: firstAlias === undefined ? firstLine : lineAt(firstAlias), field: 'YAML', message }]);
  }
}

/**
 * YAML notices an unclosed `[`, `{` or quote where the next line starts, so it reports the line after the
 * mistake; the editor needs the line that opened it: the nearest line above holding the opening character.
 */
function openingLine(yaml: string, line: number, message: string): number {
  const opener = /end with a \]/.test(message) ? '[' : /end with a \}/.test(message) ? '{' : /Missing closing "/.test(message) ? '"' : /Missing closing '/.test(message) ? "'" : undefined;
  if (!opener) return line;
  const lines = yaml.split('\n');
  for (let index = line - 2; index >= 0; index--) if (lines[index]?.includes(opener)) return index + 1;
  return line;
}

/** An unclosed `[` or `{`, named as what it is: YAML's own words ("must be sufficiently indented") hide it. */
function unclosedMessage(message: string): string | undefined {
  if (/end with a \]/.test(message)) return 'the list opened with [ on this line is never closed: add ] at its end';
  if (/end with a \}/.test(message)) return 'the map opened with { on this line is never closed: add } at its end';
  return undefined;
}

/** The first line of the parser's message, which is all an editor needs next to the line number. */
function yamlMessage(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

/** Turns schema issues into issues that carry the line of the field in the file. */
export function locateIssues(file: string, source: string, issues: readonly SchemaIssue[]): ContentIssue[] {
  // Nothing to locate: no second reading of the YAML (every article of every load goes through here).
  if (issues.length === 0) return [];
  const { yaml, firstLine } = yamlOf(file, normaliseSource(source));
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter });
  return issues.map((issue) => {
    const offset = nearestNodeOffset(document.contents, issue.path);
    const line = offset === undefined ? firstLine : firstLine + lineCounter.linePos(offset).line - 1;
    return { file, line, field: fieldName(issue.path), message: issueMessage(issue) };
  });
}

/** Walks the path as far as the document goes and returns where the deepest node found starts. */
function nearestNodeOffset(root: unknown, path: readonly PropertyKey[]): number | undefined {
  let node = root as Node | null | undefined;
  let offset = node?.range?.[0];
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as Node | null)?.toJSON?.() === key);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as Node;
      offset = node.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}

/**
 * `content/articles/x.md:5: sources[0].url: must be an absolute http(s) URL` — one issue per line. Line 0 is a
 * problem of no line (a setting such as SITE_BUILD_TIME): `SITE_BUILD_TIME: …`.
 */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues
    .map((issue) => `${issue.file}${issue.line > 0 ? `:${issue.line}` : ''}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`)
    .join('\n');
}

/** Thrown for content an editor must fix; the message alone tells them where and what. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(formatIssues(issues));
    this.name = 'ContentError';
    this.issues = issues;
    this.stack = '';
  }
}
