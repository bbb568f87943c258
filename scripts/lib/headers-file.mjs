// @ts-check
/**
 * Reads a Netlify / Cloudflare Pages `_headers` file and says which headers a CDN would add to a response, so the
 * local static server (and the browser tests behind it) see the same headers a deploy does.
 *
 * ```
 * # comment
 * /*
 *   X-Content-Type-Options: nosniff
 * /_astro/*
 *   Cache-Control: public, max-age=31536000, immutable
 * /:edition/articles/*
 *   ! X-Robots-Tag
 * ```
 *
 * Rules as both hosts document them:
 * - a block is a path pattern on an unindented line, then indented `Name: value` lines;
 * - `*` (a splat) matches any characters, `/` included; `:name` (a placeholder) matches one path segment;
 * - every block whose pattern matches the request applies, top to bottom; a header named again (in the same block
 *   or in another matching one) gets its values joined with `, `;
 * - `! Name` (Cloudflare) detaches a header set by an earlier matching block;
 * - a pattern may be an absolute `https://host/path` URL: it then applies only to requests for that host.
 *
 * Pure: no file system, so unit tests feed it strings.
 */

/**
 * @typedef {object} HeaderRule
 * @property {string} pattern The path pattern as written (without the host of an absolute URL).
 * @property {string | undefined} host The host an absolute-URL pattern is limited to.
 * @property {RegExp} matcher The pattern compiled.
 * @property {Array<[name: string, value: string]>} set Headers the block adds, in file order.
 * @property {string[]} detach Header names (lower case) the block removes.
 * @property {number} line Line of the pattern in the file, for messages.
 */

/**
 * @param {string} text The `_headers` file.
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  /** @type {HeaderRule | undefined} */
  let current;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indented = /^\s/.test(raw);
    if (!indented) {
      current = compileRule(trimmed, line);
      rules.push(current);
      return;
    }
    if (!current) throw new Error(`_headers:${line}: a header line comes before any path`);
    if (trimmed.startsWith('!')) {
      current.detach.push(trimmed.slice(1).trim().toLowerCase());
      return;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0) throw new Error(`_headers:${line}: expected "Name: value", found "${trimmed}"`);
    current.set.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

/**
 * @param {string} written
 * @param {number} line
 * @returns {HeaderRule}
 */
function compileRule(written, line) {
  let host;
  let pattern = written;
  const absolute = /^https?:\/\/([^/]+)(\/.*)?$/.exec(written);
  if (absolute) {
    host = absolute[1]?.toLowerCase();
    pattern = absolute[2] ?? '/';
  }
  if (!pattern.startsWith('/')) throw new Error(`_headers:${line}: a path pattern starts with "/", found "${written}"`);
  return { pattern, host, matcher: compilePattern(pattern), set: [], detach: [], line };
}

/**
 * `*` → any characters; `:name` → one segment (no `/`); everything else literal.
 * @param {string} pattern
 * @returns {RegExp}
 */
export function compilePattern(pattern) {
  const source = pattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':') && part.length > 1) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers the rules give a request, names as first written, values of a repeated name joined with `, `.
 * @param {readonly HeaderRule[]} rules
 * @param {string} pathname The request path, decoded, without query string.
 * @param {string} [host] The request's host (without port); absolute-URL rules need it to apply.
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname, host) {
  /** @type {Map<string, { name: string, values: string[] }>} */
  const merged = new Map();
  for (const rule of rules) {
    if (rule.host !== undefined && rule.host !== host?.toLowerCase()) continue;
    if (!rule.matcher.test(pathname)) continue;
    for (const name of rule.detach) merged.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const entry = merged.get(key) ?? { name, values: [] };
      entry.values.push(value);
      merged.set(key, entry);
    }
  }
  return Object.fromEntries([...merged.values()].map(({ name, values }) => [name, values.join(', ')]));
}
