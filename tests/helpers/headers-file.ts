/**
 * Reads a `_headers` file (the Netlify / Cloudflare Pages format): a path pattern on a line of its own, then
 * indented `Name: value` lines; `#` starts a comment line.
 */
export interface HeaderRule {
  pattern: string;
  /** 1-based line of the pattern. */
  line: number;
  headers: { name: string; value: string }[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), line: index + 1, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(raw);
    if (!rule || !match) throw new Error(`_headers line ${index + 1}: not "Name: value" under a path: ${raw}`);
    rule.headers.push({ name: match[1]!, value: match[2]!.trim() });
  });
  return rules;
}

/** Whether a rule's pattern (`/*`, `/zh-hant/*`, `/`) matches a request path, the way both hosts match splats. */
export function patternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}

/** Headers a request path receives: every matching rule, in file order. */
export function headersFor(rules: readonly HeaderRule[], path: string): { name: string; value: string }[] {
  return rules.filter((rule) => patternMatches(rule.pattern, path)).flatMap((rule) => rule.headers);
}

/** `default-src 'self'; object-src 'none'` → Map of directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
