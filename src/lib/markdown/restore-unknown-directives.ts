/**
 * Puts back, as the literal text it was parsed from, every directive no plugin claimed.
 *
 * remark-directive reads ordinary prose as directives: `時間10:30。` or `https://x.y:80/a` contain `:30` and `:80`.
 * A directive plugin claims a node by setting `data.hName`; anything still unclaimed when this runs was never
 * meant as a directive, and the editor's text must come back unchanged.
 *
 *   input   比分2:1，時間10:30。
 *   output  <p>比分2:1，時間10:30。</p>      (not `<p>比分2</p><div></div>`)
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { sourceOf } from './directive-source';

type Directive = ContainerDirective | LeafDirective | TextDirective;

function isDirective(node: Nodes): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

function isClaimed(node: Directive): boolean {
  return typeof node.data?.hName === 'string';
}

export function restoreUnknownDirectives(tree: Root, file: VFile): void {
  restoreIn(tree, file);
}

function restoreIn(parent: Parent, file: VFile): void {
  parent.children = parent.children.flatMap((child): RootContent[] => {
    if ('children' in child) restoreIn(child as Parent, file);
    if (!isDirective(child) || isClaimed(child)) return [child];
    return literal(child, file);
  });
}

/** The directive as text: the source before its label, its (already restored) children, the source after. */
function literal(node: Directive, file: VFile): RootContent[] {
  const whole = sourceOf(node, file) ?? fallbackSource(node);
  const first = node.children[0];
  const last = node.children.at(-1);
  const nodeStart = node.position?.start.offset;
  let pieces: RootContent[];
  if (first && last && nodeStart !== undefined && first.position?.start.offset !== undefined && last.position?.end.offset !== undefined) {
    const before = whole.slice(0, first.position.start.offset - nodeStart);
    const after = whole.slice(last.position.end.offset - nodeStart);
    pieces = [text(before), ...(node.children as RootContent[]), text(after)];
  } else {
    pieces = [text(whole)];
  }
  pieces = pieces.filter((piece) => piece.type !== 'text' || piece.value !== '');
  // Text directives sit inside a paragraph already; block directives need one around their text.
  if (node.type === 'textDirective') return pieces;
  if (node.type === 'leafDirective') return [{ type: 'paragraph', children: pieces as PhrasingContent[] }];
  return pieces.map((piece) => (piece.type === 'text' ? { type: 'paragraph', children: [piece] } : piece));
}

function text(value: string): RootContent {
  return { type: 'text', value };
}

function fallbackSource(node: Directive): string {
  const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  const attributes = Object.entries(node.attributes ?? {})
    .map(([key, value]) => `${key}="${value ?? ''}"`)
    .join(' ');
  return `${colons}${node.name}${attributes ? `{${attributes}}` : ''}`;
}
