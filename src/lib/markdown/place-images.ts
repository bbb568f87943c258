/**
 * `::image{ref=<id>}` on a line of its own stands for the frontmatter image `<id>`.
 *
 *   images: [{ id: bombers, caption: 委內瑞拉…轟炸機, credit: Getty Images }]
 *   ::image{ref=bombers}
 *
 *   <figure class="article-figure" id="image-bombers">
 *     <img src="./bombers.jpg" alt="…">                      (only when the image has `src`)
 *     <figcaption><span class="caption">委內瑞拉…轟炸機</span> <small class="credit">Getty Images</small></figcaption>
 *                                                   (the credit only under a picture: else it goes to the end)
 *   </figure>
 *
 * Without its picture, the caption is labelled as one (`<b>圖說</b>` before it) and set apart from the text
 * (article.css), so it never reads as a paragraph or a pull quote.
 *
 * A caption is inline Markdown and may carry annotations (see caption.ts).
 * The picture becomes an mdast `image` node so that Astro's own image pipeline resolves and optimises the file.
 * Every image except the hero must be placed exactly once; a `ref` to no image fails.
 */
import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError, type ContentIssue } from '../content/locate-issues';
import { parseCaption } from './caption';
import { fileLabel, lineOf } from './directive-source';

/** The fields of a frontmatter image this step reads (the collection schema has validated them already). */
export interface PlaceableImage {
  id: string;
  caption?: string;
  credit: string;
  src?: string;
  alt?: string;
  hero?: boolean;
}

/** What a caption standing without its picture is labelled. */
export const UNPICTURED_CAPTION_LABEL = '圖說';

export function imageAnchorId(imageId: string): string {
  return `image-${imageId}`;
}

export function placeImages(tree: Root, file: VFile, images: readonly PlaceableImage[]): void {
  const byId = new Map(images.map((image) => [image.id, image]));
  const placedAt = new Map<string, number>();
  const issues: ContentIssue[] = [];
  const label = fileLabel(file);

  visit(tree, 'leafDirective', (node: LeafDirective) => {
    if (node.name !== 'image') return;
    const ref = node.attributes?.ref ?? '';
    const image = byId.get(ref);
    const line = lineOf(node);
    if (!image) {
      issues.push({ file: label, line, field: 'ref', message: `no image with id "${ref}" in the frontmatter \`images\`` });
      return;
    }
    if (image.hero) {
      issues.push({ file: label, line, field: 'ref', message: `image "${ref}" is the hero: it stands at the top and needs no directive` });
      return;
    }
    if (placedAt.has(ref)) {
      issues.push({ file: label, line, field: 'ref', message: `image "${ref}" is already placed on line ${placedAt.get(ref)}` });
      return;
    }
    placedAt.set(ref, line);
    claimAsFigure(node, image, line);
  });

  for (const image of images) {
    if (!image.hero && !placedAt.has(image.id)) {
      issues.push({ file: label, line: 1, field: `images.${image.id}`, message: `image "${image.id}" is neither the hero nor placed with ::image{ref=${image.id}}` });
    }
  }
  if (issues.length > 0) throw new ContentError(issues);
}

function claimAsFigure(node: LeafDirective, image: PlaceableImage, line: number): void {
  node.data = { hName: 'figure', hProperties: { id: imageAnchorId(image.id), className: ['article-figure'] } };
  const caption: LeafDirective['children'] = [];
  if (image.caption && !image.src) caption.push({ type: 'strong', children: [{ type: 'text', value: UNPICTURED_CAPTION_LABEL }], data: { hName: 'b' } });
  if (image.caption) {
    // Captions may carry annotations (`:actor`, `:date`…): parsed here, claimed by the plugins that come next.
    caption.push({ type: 'emphasis', children: parseCaption(image.caption, line), data: { hName: 'span', hProperties: { className: ['caption'] } } });
  }
  // A credit belongs under its picture; without one it is listed at the end of the article (ImageCredits.astro).
  if (image.src) {
    if (caption.length > 0) caption.push({ type: 'text', value: ' ' });
    caption.push({ type: 'text', value: image.credit, data: { hName: 'small', hProperties: { className: ['credit'] } } } as never);
  }
  const figcaption = { type: 'paragraph', children: caption, data: { hName: 'figcaption' } } as const;
  const picture = image.src ? [{ type: 'image', url: image.src, alt: image.alt ?? '' } as const] : [];
  node.children = [...picture, ...(caption.length > 0 ? [figcaption] : [])] as never;
}
