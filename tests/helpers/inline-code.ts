/**
 * What a strict Content-Security-Policy (no 'unsafe-inline') would block on a built page: inline `<script>`
 * (JSON-LD data blocks excepted: they never run), `<style>` elements, `style=` attributes, `on…=` handlers and
 * `javascript:` addresses.
 */
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { htmlFiles } from './site-links';

export function inlineCodeOn(siteDir: string): string[] {
  return htmlFiles(siteDir).flatMap((page) => {
    const found: string[] = [];
    visit(fromHtml(readFileSync(resolve(siteDir, page), 'utf8')), 'element', (element: Element) => {
      const { properties } = element;
      if (element.tagName === 'script' && properties.src === undefined && properties.type !== 'application/ld+json') {
        found.push(`${page}: inline <script>`);
      }
      if (element.tagName === 'style') found.push(`${page}: <style> element`);
      if (properties.style !== undefined) found.push(`${page}: style= on <${element.tagName}>`);
      for (const name of Object.keys(properties)) {
        if (/^on[a-z]/i.test(name)) found.push(`${page}: ${name}= on <${element.tagName}>`);
      }
      for (const value of [properties.href, properties.src]) {
        if (typeof value === 'string' && /^\s*javascript:/i.test(value)) found.push(`${page}: javascript: address`);
      }
    });
    return found;
  });
}
