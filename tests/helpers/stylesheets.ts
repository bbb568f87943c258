/** Reading the stylesheets a built page links, parsed with PostCSS so tests look at rules, not at text. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root as HtmlRoot } from 'hast';
import postcss, { type AtRule, type Declaration, type Root, type Rule } from 'postcss';
import { all } from './html';

/** `href`s of the `<link rel="stylesheet">` elements of a page, in order. */
export function stylesheetHrefs(page: HtmlRoot): string[] {
  return all(page, 'link[rel~="stylesheet"]').map((link) => String(link.properties.href));
}

export function readStylesheet(siteDir: string, href: string): Root {
  return postcss.parse(readFileSync(resolve(siteDir, href.replace(/^\//, '')), 'utf8'));
}

/** Where a rule sits: the parameters of each enclosing at-rule, outermost first (`['print']`). */
export function mediaOf(rule: Rule): string[] {
  const media: string[] = [];
  for (let parent = rule.parent; parent && parent.type !== 'root'; parent = parent.parent) {
    if (parent.type === 'atrule') media.unshift(`${(parent as AtRule).name} ${(parent as AtRule).params}`);
  }
  return media;
}

export interface FoundRule {
  selectors: string[];
  media: string[];
  declarations: Map<string, string>;
}

/** Every style rule, with its selectors split, where it applies, and its declarations (last one wins). */
export function rulesOf(sheet: Root): FoundRule[] {
  const rules: FoundRule[] = [];
  sheet.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
    const declarations = new Map<string, string>();
    rule.each((node) => {
      if (node.type === 'decl') declarations.set((node as Declaration).prop, (node as Declaration).value);
    });
    rules.push({ selectors: rule.selectors, media: mediaOf(rule), declarations });
  });
  return rules;
}

/** The value a property gets from rules matching `selector` exactly, under exactly `media` (later rules win). */
export function valueFor(rules: readonly FoundRule[], selector: string, property: string, media: string[] = []): string | undefined {
  let value: string | undefined;
  for (const rule of rules) {
    if (!rule.selectors.includes(selector)) continue;
    if (rule.media.join('|') !== media.join('|')) continue;
    value = rule.declarations.get(property) ?? value;
  }
  return value;
}

/** Media lists as the minifier writes them (`print`, `(prefers-color-scheme:dark)`), for matching. */
export const compactMedia = (media: string) => media.replace(/\s+/g, '');
