/**
 * Text is cut between the characters a reader sees (src/lib/text/graphemes.ts), wherever the site cuts it: the
 * timeline's excerpts and the text shown in error messages. Tested on every cut position of text made of the
 * clusters that break a code-point cut: flags, ZWJ families and professions, skin tones, keycaps, tag sequences,
 * combining marks, Hangul jamo.
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/lib/markdown/reject-unsafe-markup';
import { graphemes, truncateGraphemes } from '../../src/lib/text/graphemes';
import { excerpt } from '../../src/lib/timeline/excerpt';
import { fromMarkdown } from 'mdast-util-from-markdown';

const CLUSTERS = ['🇺🇦', '👨‍👩‍👧‍👦', '👩🏽‍💻', '👍🏿', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', 'é', '台̀', '각', '字', 'a', '🏳️‍🌈'];

/** Whether `cut`, less a trailing ellipsis, is made of whole clusters of `text`, from its start. */
function cutsBetweenClusters(text: string, cut: string): boolean {
  const kept = cut.endsWith('…') && cut !== text ? cut.slice(0, -1) : cut;
  const whole = graphemes(text);
  const clusters = graphemes(kept);
  return clusters.every((cluster, index) => cluster === whole[index]);
}

describe('grapheme-safe cuts', () => {
  it('counts what a reader sees as one character as one', () => {
    expect(graphemes(CLUSTERS.join(''))).toEqual(CLUSTERS);
  });

  it('cuts text of every kind of cluster between clusters, at every length', () => {
    for (let offset = 0; offset < CLUSTERS.length; offset += 1) {
      const text = [...CLUSTERS.slice(offset), ...CLUSTERS.slice(0, offset)].join('').repeat(3);
      for (let max = 1; max <= graphemes(text).length; max += 1) {
        const cut = truncateGraphemes(text, max);
        expect(cutsBetweenClusters(text, cut), `${max}: ${cut}`).toBe(true);
        expect(graphemes(cut.replace(/…$/, '')).length).toBeLessThanOrEqual(max);
      }
    }
  });

  it('cuts timeline excerpts between clusters, flags and families included', () => {
    for (let lead = 30; lead <= 40; lead += 1) {
      for (const cluster of CLUSTERS) {
        const sentence = `${'事'.repeat(lead)}${cluster.repeat(20)}`;
        const cut = excerpt(sentence);
        expect(cutsBetweenClusters(sentence, cut), cut).toBe(true);
        expect(graphemes(cut)).toHaveLength(41);
      }
    }
  });

  it('cuts the text an error message shows between clusters', () => {
    const [problem] = findUnsafeMarkup(fromMarkdown(`<span title="${'🇺🇦'.repeat(60)}">`));
    // 13 characters of the tag, then 27 whole flags: 40 in all.
    expect(problem?.message).toContain(`<span title="${'🇺🇦'.repeat(27)}…\``);
    expect(problem?.message).not.toMatch(/\uD83C\uDDFA…/);
  });
});
