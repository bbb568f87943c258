/**
 * What no built page, feed or data file may hold, whatever an editor wrote: read with real parsers, as a browser
 * or a feed reader would.
 *
 * - pages: no inline code a strict CSP would block (inline-code.ts), no script-bearing or remote-picture
 *   address, every JSON-LD block parses, every id unique on its page;
 * - feeds, sitemaps: well-formed XML (a strict parser: control characters and stray `&` fail);
 * - JSON files: parse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { isSafeUrl } from '../../src/lib/markdown/reject-unsafe-markup';
import { inlineCodeOn } from './inline-code';
import { xmlError } from './xml';

/** Attributes that hold an address, as hast names them. */
const ADDRESS_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'xLinkHref'];

function filesEndingWith(siteDir: string, ending: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(ending) && !file.startsWith(`pagefind${sep}`))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

function pageProblems(page: string, html: string): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  visit(fromHtml(html), 'element', (element: Element) => {
    const { properties } = element;
    for (const name of ADDRESS_PROPERTIES) {
      const value = properties[name];
      if (typeof value === 'string' && !isSafeUrl(value)) problems.push(`${page}: <${element.tagName} ${name}="${value.slice(0, 40)}">`);
    }
    if (element.tagName === 'img' && typeof properties.src === 'string' && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(properties.src)) {
      problems.push(`${page}: remote picture ${properties.src}`);
    }
    if (element.tagName === 'script' && properties.type === 'application/ld+json') {
      try {
        JSON.parse(toString(element));
      } catch (error) {
        problems.push(`${page}: JSON-LD does not parse (${(error as Error).message})`);
      }
    }
    if (typeof properties.id === 'string') ids.set(properties.id, (ids.get(properties.id) ?? 0) + 1);
  });
  for (const [id, count] of ids) if (count > 1) problems.push(`${page}: id "${id}" ×${count}`);
  return problems;
}

/** Every problem found in the built site; an empty list for a safe one. */
export function unsafeSiteContent(siteDir: string): string[] {
  const read = (file: string) => readFileSync(resolve(siteDir, file), 'utf8');
  return [
    ...inlineCodeOn(siteDir),
    ...filesEndingWith(siteDir, '.html').flatMap((page) => pageProblems(page, read(page))),
    ...filesEndingWith(siteDir, '.xml').flatMap((file) => {
      const error = xmlError(read(file));
      return error ? [`${file}: ${error}`] : [];
    }),
    ...filesEndingWith(siteDir, '.json').flatMap((file) => {
      try {
        JSON.parse(read(file));
        return [];
      } catch (error) {
        return [`${file}: ${(error as Error).message}`];
      }
    }),
  ];
}
