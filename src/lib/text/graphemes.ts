/**
 * Cutting text where a reader sees a character end. A JavaScript string counts UTF-16 units, `[...text]` code
 * points; neither is a character: 🇺🇦 is two code points, 👨‍👩‍👧 five, 台̀ two. A cut between them leaves half a flag
 * or the first person of a family, so every excerpt and truncation of the site cuts between grapheme clusters
 * (Intl.Segmenter, as Unicode's text segmentation defines them), and counts its limit in them.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The grapheme clusters of `text`, in order. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/** `text` cut to at most `max` grapheme clusters, with `ellipsis` after a cut; unchanged when it fits. */
export function truncateGraphemes(text: string, max: number, ellipsis = '…'): string {
  // Most text is short: a UTF-16 length within the limit cannot hold more clusters than that.
  if (text.length <= max) return text;
  const clusters = graphemes(text);
  return clusters.length <= max ? text : `${clusters.slice(0, max).join('')}${ellipsis}`;
}
