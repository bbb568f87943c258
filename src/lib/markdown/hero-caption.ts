/**
 * The hero's caption shows as plain text (HeroFigure.astro), not in the text where the plugins check annotations,
 * yet it follows the same rules: an unknown actor, a quote without `by`, a figure or date that is not one stops the
 * build as it would in the body, rather than vanishing into plain text. Its annotations are checked here and
 * dropped: none of them is shown as a mark, so none reaches the sidebars (nothing there points at nothing).
 */
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { annotateTree } from '../annotations/annotate';
import { ContentError } from '../content/locate-issues';
import { collectDates } from '../timeline/collect-dates';
import { parseCaption } from './caption';

/** What the caption's annotations do wrong, one message each (`ref: unknown actor "x" …`). */
export function heroCaptionProblems(caption: string, actors: ReadonlyMap<string, unknown>): string[] {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: parseCaption(caption, 1) }] };
  const file = new VFile({ value: caption });
  const problems: string[] = [];
  for (const check of [() => annotateTree(tree, file, actors), () => collectDates(tree, file)]) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.issues.map(({ field, message }) => (field ? `${field}: ${message}` : message)));
    }
  }
  return problems;
}
