/**
 * `npm run annotate` measured on the seed article: every hand-made `:actor` is removed (body and captions), the
 * tool runs on what is left, and its annotations are compared with the editor's.
 *
 * - restored: a hand mention whose span holds an annotation of the same actor: exactly the same words, or part
 *   of them (the hand wrapped 委內瑞拉總統尼古拉斯·馬杜羅（Nicolás Maduro）, the tool wraps 尼古拉斯·馬杜羅);
 * - missed: a hand mention with no annotation of its actor inside it;
 * - added: annotations the hand does not have: another actor's name inside a hand mention (委內瑞拉 in
 *   委內瑞拉總統…), or a second piece of one hand mention (Nicolás Maduro after 尼古拉斯·馬杜羅);
 * - left: names the tool reported instead of annotating.
 *
 * The figures are printed, and asserted so that a change to the matcher that moves them is seen and reported.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolderAt } from '../../src/inputs/content-folder';
import { siteInputs } from '../../src/inputs/site-inputs';
import { annotateSource, type AddedMention } from '../../src/lib/annotations/auto-annotate';
import { PROJECT_ROOT } from '../helpers/build-site';
import { SEED_MARKDOWN_FILE } from '../helpers/seed';

interface HandMention {
  start: number;
  end: number;
  actor: string;
}

/** The seed with every `:actor[words]{ref=id}` replaced by its words, and where those words now stand. */
function withoutActorAnnotations(source: string): { text: string; hand: HandMention[] } {
  const hand: HandMention[] = [];
  let removed = 0;
  const text = source.replace(/:actor\[([^\]]*)\]\{ref=([a-z0-9-]+)\}/g, (whole, words: string, actor: string, at: number) => {
    const start = at - removed;
    hand.push({ start, end: start + words.length, actor });
    removed += whole.length - words.length;
    return words;
  });
  return { text, hand };
}

const seed = readFileSync(SEED_MARKDOWN_FILE, 'utf8');
const actors = [...siteInputs(contentFolderAt(resolve(PROJECT_ROOT, 'content'))).actorNames.values()];
const { text: stripped, hand } = withoutActorAnnotations(seed);
const run = annotateSource(stripped, actors);

const within = (mention: AddedMention, span: HandMention) => mention.start >= span.start && mention.end <= span.end;

function measure() {
  let exact = 0;
  let partly = 0;
  const restoring = new Set<AddedMention>();
  for (const span of hand) {
    const inside = run.added.filter((mention) => mention.actor === span.actor && within(mention, span));
    const same = inside.find((mention) => mention.start === span.start && mention.end === span.end);
    if (same) exact += 1;
    else if (inside.length > 0) partly += 1;
    const first = same ?? inside[0];
    if (first) restoring.add(first);
  }
  const added = run.added.filter((mention) => !restoring.has(mention));
  return {
    hand: hand.length,
    restored: exact + partly,
    restoredExactly: exact,
    restoredInPart: partly,
    missed: hand.length - exact - partly,
    added: added.length,
    addedOtherActorInsideHandMention: added.filter((mention) => hand.some((span) => span.actor !== mention.actor && within(mention, span))).length,
    addedSecondPieceOfHandMention: added.filter((mention) => hand.some((span) => span.actor === mention.actor && within(mention, span))).length,
    left: run.left.length,
  };
}

describe('npm run annotate on the seed with every :actor removed', () => {
  it('had the 132 hand mentions to remove', () => {
    expect(hand).toHaveLength(132);
    expect(stripped).not.toContain(':actor[');
  });

  it('restores the hand mentions and adds what the hand did not, as measured', () => {
    const figures = measure();
    console.log(`annotate on the seed: ${JSON.stringify(figures)}`);
    expect(figures.restored + figures.missed).toBe(figures.hand);
    // Measured when the tool was written (issue #11). The one miss is 委內瑞拉領導人 (maduro): a description, not
    // a name. The nine others inside hand mentions are names in descriptions: 委內瑞拉 in 委內瑞拉總統…馬杜羅,
    // 俄國 in 俄國外交部發言人扎哈羅娃, 中國 in 中國國家主席習近平.
    expect(figures).toEqual({
      hand: 132,
      restored: 131,
      restoredExactly: 113,
      restoredInPart: 18,
      missed: 1,
      added: 22,
      addedOtherActorInsideHandMention: 9,
      addedSecondPieceOfHandMention: 13,
      left: 0,
    });
  });

  it('changes nothing but the annotations it adds', () => {
    expect(withoutActorAnnotations(run.text).text).toBe(stripped);
  });

  it('changes nothing on a second run', () => {
    const again = annotateSource(run.text, actors);
    expect(again.added).toEqual([]);
    expect(again.text).toBe(run.text);
  });

  it('finds nothing to add to the hand-annotated seed', () => {
    expect(annotateSource(seed, actors).added).toEqual([]);
  });
});
