import { isMap, isSeq, LineCounter, parse as parseYaml, parseDocument, type Node } from 'yaml';

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
 * Finds the YAML text of a content file: the frontmatter of a Markdown file (with the line it starts on), or the
 * whole of a `.yaml` file.
 */
export function yamlPart(file: string, source: string): { yaml: string; firstLine: number } {
  if (!/\.mdx?$/.test(file)) return { yaml: source, firstLine: 1 };
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  return { yaml: match?.[1] ?? '', firstLine: 2 };
}

/** The data of a content file exactly as written (YAML 1.2: dates stay strings, `yes` stays `yes`). */
export function readYamlPart(file: string, source: string): unknown {
  return parseYaml(yamlPart(file, source).yaml) ?? {};
}

/** Turns schema issues into issues that carry the line of the field in the file. */
export function locateIssues(file: string, source: string, issues: readonly SchemaIssue[]): ContentIssue[] {
  const { yaml, firstLine } = yamlPart(file, source);
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

/** `content/articles/x.md:5: sources[0].url: must be an absolute http(s) URL` — one issue per line. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues
    .map((issue) => `${issue.file}:${issue.line}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`)
    .join('\n');
}

/** Thrown for content an editor must fix; the message alone tells them where and what. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    super(`Invalid content:\n${formatIssues(issues)}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
