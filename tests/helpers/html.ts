/** Reading built pages the way a browser would: a real HTML parser, then CSS selectors. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export function readPage(siteDir: string, path: string): Root {
  const file = resolve(siteDir, path.replace(/^\//, ''), path.endsWith('/') || path === '' ? 'index.html' : '');
  return fromHtml(readFileSync(file, 'utf8'));
}

export function one(tree: Root | Element, selector: string): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function all(tree: Root | Element, selector: string): Element[] {
  return selectAll(selector, tree);
}

export function textOf(node: Root | Element): string {
  return toString(node);
}
