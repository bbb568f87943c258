/**
 * Walks a built site and checks that every internal reference resolves: `href`, `src`, `srcset`, the
 * `<meta http-equiv="refresh">` target, and absolute URLs on the site's own host (canonical, og:url, og:image).
 * A path resolves to a file (a folder to its index.html); a `#fragment` to an element id on the target page.
 * Shared by the link-check and base-path tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';

export interface LinkCheckOptions {
  /** The base path the site was built with (BASE_PATH), e.g. `/news/`. Default `/`. */
  base?: string;
  /** The site's public origin (SITE_URL): absolute URLs on it are internal too. */
  site?: string;
}

export interface Reference {
  /** Page the reference is on, relative to the site folder, e.g. `zh-hant/index.html`. */
  page: string;
  /** Where it was found, e.g. `a[href]`. */
  where: string;
  url: string;
}

export interface LinkProblem extends Reference {
  problem: string;
}

export function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

const pages = new Map<string, Root>();

function parsed(file: string): Root {
  let tree = pages.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    pages.set(file, tree);
  }
  return tree;
}

/** Every URL-bearing attribute on a page, as written. */
export function referencesOn(siteDir: string, page: string): Reference[] {
  const tree = parsed(resolve(siteDir, page));
  const found: Reference[] = [];
  visit(tree, 'element', (element: Element) => {
    const { href, src, srcSet } = element.properties;
    if (typeof href === 'string') found.push({ page, where: `${element.tagName}[href]`, url: href });
    if (typeof src === 'string') found.push({ page, where: `${element.tagName}[src]`, url: src });
    const srcset = Array.isArray(srcSet) ? srcSet.join(',') : typeof srcSet === 'string' ? srcSet : '';
    for (const candidate of srcset.split(',').map((entry) => entry.trim().split(/\s+/)[0]).filter(Boolean)) {
      found.push({ page, where: `${element.tagName}[srcset]`, url: candidate! });
    }
  });
  for (const meta of selectAll('meta[http-equiv="refresh"]', tree)) {
    const target = /url=(.*)$/i.exec(String(meta.properties.content ?? ''))?.[1];
    if (target) found.push({ page, where: 'meta[http-equiv=refresh]', url: target.trim() });
  }
  for (const meta of selectAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]', tree)) {
    found.push({ page, where: `meta[${String(meta.properties.property ?? meta.properties.name)}]`, url: String(meta.properties.content) });
  }
  return found;
}

/** The URL a page is served at, from its file: `zh-hant/index.html` → `<base>zh-hant/`. */
export function pageUrl(page: string, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}${page.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Checks one reference from a page; returns the problem, or undefined when it resolves or is external.
 * Exported for XML outputs (sitemap, feeds) too: pass the page as `''` and an absolute URL.
 */
export function problemWith(siteDir: string, reference: Reference, options: LinkCheckOptions = {}): string | undefined {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const origin = options.site ? new URL(options.site).origin : undefined;
  const pageAddress = new URL(pageUrl(reference.page, base), 'http://page.invalid');
  let url: URL;
  try {
    url = new URL(reference.url, pageAddress);
  } catch {
    return 'is not a valid URL';
  }
  const internal = url.origin === pageAddress.origin || (origin !== undefined && url.origin === origin);
  if (!internal) return undefined;
  if (!url.pathname.startsWith(base)) return `is outside the base path ${base}`;

  const file = fileFor(siteDir, decodeURIComponent(url.pathname.slice(base.length)));
  if (!file) return 'resolves to no file';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && !idsOn(file).has(fragment)) return `has no element with id "${fragment}" on ${relative(siteDir, file)}`;
  return undefined;
}

function fileFor(siteDir: string, path: string): string | undefined {
  const candidate = resolve(siteDir, path);
  if (!candidate.startsWith(resolve(siteDir))) return undefined;
  if (path === '' || path.endsWith('/')) return existsSync(resolve(candidate, 'index.html')) ? resolve(candidate, 'index.html') : undefined;
  if (!existsSync(candidate)) return undefined;
  if (statSync(candidate).isDirectory()) return existsSync(resolve(candidate, 'index.html')) ? resolve(candidate, 'index.html') : undefined;
  return candidate;
}

function idsOn(file: string): Set<string> {
  if (!file.endsWith('.html')) return new Set();
  const ids = new Set<string>();
  visit(parsed(file), 'element', (element: Element) => {
    if (typeof element.properties.id === 'string') ids.add(element.properties.id);
  });
  return ids;
}

/** Every reference on every page of the site that does not resolve. */
export function brokenLinks(siteDir: string, options: LinkCheckOptions = {}): LinkProblem[] {
  pages.clear();
  return htmlFiles(siteDir).flatMap((page) =>
    referencesOn(siteDir, page).flatMap((reference) => {
      const problem = problemWith(siteDir, reference, options);
      return problem ? [{ ...reference, problem }] : [];
    }),
  );
}

/** One line per problem, for a readable assertion failure. */
export function describeProblems(problems: readonly LinkProblem[]): string {
  return problems.map((entry) => `${entry.page}: ${entry.where} ${entry.url} ${entry.problem}`).join('\n');
}
