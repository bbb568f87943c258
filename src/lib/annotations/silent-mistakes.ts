/**
 * Mistakes that break nothing, so nothing stops the build, yet a reader sees them: warnings every build prints
 * (and `npm run annotate -- --check`), each at its line, never applied without the editor's word.
 *
 *   - a line break inside a paragraph: Chinese prose broken over two lines shows a stray space where it joins;
 *   - quotation marks inside a quote's brackets, `:quote[「…」]`: the sidebar adds its own and shows 「「…」」;
 *   - a quotation 「…」 after a speaker's verb (說、表示…) that is not a `:quote`: its words reach no sidebar;
 *   - a number with a unit (15000名, 40%, 80萬桶) that is not a `:figure`: the key-figures sidebar misses it.
 *
 * Read from the Markdown tree with its positions, before the annotations plugin changes it.
 */
import type { Root, RootContent, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';

export interface SilentMistake {
  line: number;
  message: string;
}

const OPENING_QUOTES = /^[「『“"]/;
const CLOSING_QUOTES = /[」』”"]$/;
/** Verbs that introduce what someone said. */
const SPEECH = /(?:說|表示|稱|指出|警告|強調|透露|宣佈|宣布|回應|認為|寫道|問道|坦言)[：:，,]?\s*$/;
/** A number and the unit after it: 15000名, 1.5萬, 40%, 80萬桶, 數億美元 is words (no digit) and is left alone. */
const NUMBER_WITH_UNIT = /[0-9０-９][0-9０-９,，.．]*\s*(?:(?:萬|億|千|百萬)?(?:%|％|名|人|美元|元|桶|架|艘|輛|公里|公噸|噸|枚|座)|萬|億)/g;
/** A number that is a date or a time: years, months, days (the `:date` annotation's business), clock times. */
const DATE_LIKE = /^[0-9０-９]+\s*(?:年|月|日|時|點|分)/;

/** The directives whose words are already annotated: nothing inside them is suggested again. */
const ANNOTATED = new Set(['figure', 'date', 'quote', 'actor', 'nonmention']);

export function silentMistakes(tree: Root, source: string): SilentMistake[] {
  const found: SilentMistake[] = [];
  const visit = (node: RootContent | Root, inside: ReadonlySet<string>) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'link' || node.type === 'linkReference') return;
    if (node.type === 'paragraph') paragraphBreaks(node, source, found);
    if (node.type === 'textDirective') {
      const directive = node as TextDirective;
      if (directive.name === 'quote') quoteMarksInside(directive, found);
      const next = ANNOTATED.has(directive.name) ? new Set([...inside, directive.name]) : inside;
      for (const child of directive.children) visit(child, next);
      return;
    }
    if (node.type === 'text' && inside.size === 0) textSuggestions(node, found);
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child, inside);
  };
  visit(tree, new Set());
  return found.sort((a, b) => a.line - b.line);
}

/** A paragraph whose source runs over several lines (not a hard break `\` or two spaces, which are meant). */
function paragraphBreaks(paragraph: RootContent & { type: 'paragraph' }, source: string, found: SilentMistake[]): void {
  const start = paragraph.position?.start;
  const end = paragraph.position?.end;
  if (!start || !end || start.line === end.line || start.offset === undefined || end.offset === undefined) return;
  const lines = source.slice(start.offset, end.offset).split('\n');
  lines.slice(0, -1).forEach((line, index) => {
    if (/(?:\\| {2,})$/.test(line)) return;
    const joined = `${line.at(-1) ?? ''}${lines[index + 1]?.trimStart().charAt(0) ?? ''}`;
    // A break between two Latin words reads as the space it becomes; beside a Chinese character it is a stray one.
    if (/[\p{Script=Han}\p{P}]/u.test(joined)) {
      found.push({ line: start.line + index, message: 'the paragraph breaks here and goes on on the next line: the page shows a stray space where they join; write one paragraph on one line' });
    }
  });
}

function quoteMarksInside(quote: TextDirective, found: SilentMistake[]): void {
  const words = toString(quote).trim();
  if (OPENING_QUOTES.test(words) || CLOSING_QUOTES.test(words)) {
    found.push({
      line: quote.position?.start.line ?? 1,
      message: `quotation marks inside :quote[${words}]: the sidebar adds its own and would show 「${words}」; put them outside: 「:quote[${words.replace(/^[「『“"]|[」』”"]$/g, '')}]{…}」`,
    });
  }
}

function textSuggestions(text: Text, found: SilentMistake[]): void {
  const line = text.position?.start.line ?? 1;
  const lineOfOffset = (offset: number) => line + (text.value.slice(0, offset).match(/\n/g)?.length ?? 0);
  for (const match of text.value.matchAll(/「([^「」]{2,})」/g)) {
    const before = text.value.slice(Math.max(0, match.index - 12), match.index);
    if (SPEECH.test(before)) {
      found.push({ line: lineOfOffset(match.index), message: `「${match[1]}」 follows a speaker but is not a quote: if someone said it, write 「:quote[${match[1]}]{by=<actor id>}」 (suggestion only)` });
    }
  }
  for (const match of text.value.matchAll(NUMBER_WITH_UNIT)) {
    const rest = text.value.slice(match.index);
    if (DATE_LIKE.test(rest)) continue;
    found.push({ line: lineOfOffset(match.index), message: `${match[0]} is a number with a unit but not a key figure: if the analysis rests on it, write :figure[${match[0]}]{value=… unit=… label="…"} (suggestion only)` });
  }
}
