/**
 * Names written with a middle dot (唐納德·特朗普, 費爾南多·雷耶斯·馬塔) must not break at it: a line must neither start
 * nor end with the dot. Browsers treat the dot as a place a line may break around, and neither `line-break: strict`
 * nor `word-break: keep-all` stops them, so the characters on both sides of each dot are written inside a
 * `<span class=nb>` (typography.css: `white-space: nowrap`). Only those three characters are held together: the
 * name may still break elsewhere, and the text reads and copies exactly as written.
 *
 * Runs over every page as it is written out (src/middleware.ts), after the Simplified conversion. Names in the
 * sidebar's actor entries (the first link of an `li#actor-…`) are left alone: sidebars.css holds each one on one
 * line, at no cost to the page's weight.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

/**
 * A dot between two characters that are not spaces, with any dots that follow it: 德·特; 多·雷 and 斯·馬. Also held
 * together in the search page's excerpts, which the browser writes (src/lib/search/search-text.ts).
 */
export const DOTTED = /\S(?:[·・‧]\S)+/g;
const HAS_DOTTED = /\S[·・‧]\S/;

/** Elements whose text is no prose a reader's lines wrap (or which cannot hold a span). */
const SKIPPED = new Set(['head', 'script', 'style', 'template', 'pre', 'code', 'textarea', 'title', 'svg', 'math']);

function split(text: Text): ElementContent[] {
  const parts: ElementContent[] = [];
  let from = 0;
  for (const match of text.value.matchAll(DOTTED)) {
    if (match.index > from) parts.push({ type: 'text', value: text.value.slice(from, match.index) });
    parts.push({ type: 'element', tagName: 'span', properties: { className: ['nb'] }, children: [{ type: 'text', value: match[0] }] });
    from = match.index + match[0].length;
  }
  if (from < text.value.length) parts.push({ type: 'text', value: text.value.slice(from) });
  return parts;
}

/** Whether `child`, the element at `index` in `parent`, is the name of a sidebar actor entry. */
function isSidebarName(parent: Root | Element, child: Element, index: number): boolean {
  return index === 0 && child.tagName === 'a' && parent.type === 'element' && parent.tagName === 'li' && String(parent.properties.id ?? '').startsWith('actor-');
}

/**
 * Holds the characters around every middle dot of the page's text together, in place. Walks the children from the
 * last, so the spans put in place of a text are not walked again; runs on every page, so it allocates nothing where
 * there is no dot.
 */
export function keepMiddleDotsTogether(tree: Root | Element): void {
  const children = tree.children;
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const child = children[index]!;
    if (child.type === 'text') {
      if (HAS_DOTTED.test(child.value)) children.splice(index, 1, ...split(child));
    } else if (child.type === 'element' && !SKIPPED.has(child.tagName) && !isSidebarName(tree, child, index)) {
      keepMiddleDotsTogether(child);
    }
  }
}
