/**
 * A timeline entry shows the event, cut if it is long: the sentence is one link away, and repeating every
 * sentence in the sidebar would double the page for nothing. Cuts at a clause boundary (，、；：) when one falls late
 * enough, else at `max` characters, and marks the cut with an ellipsis. Characters are grapheme clusters
 * (src/lib/text/graphemes.ts): a cut never leaves half a flag or half a family emoji.
 */
import { graphemes } from '../text/graphemes';

const CLAUSE_END = /[，、；：]/;
const MIN_CLAUSE = 16;

export function excerpt(text: string, max = 40): string {
  const characters = graphemes(text);
  if (characters.length <= max) return text;
  let cut = max;
  for (let index = max - 1; index >= MIN_CLAUSE; index -= 1) {
    if (CLAUSE_END.test(characters[index] ?? '')) {
      cut = index;
      break;
    }
  }
  return `${characters.slice(0, cut).join('')}…`;
}
