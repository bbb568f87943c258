/**
 * What `npm run annotate` does to one article: wraps every unannotated mention of a known actor that the coverage
 * scan finds in `:actor[…]{ref=…}`, in the body and in image captions.
 *
 *   中國與北京的關係          → :actor[中國]{ref=china}與:actor[北京]{ref=china}的關係
 *   :actor[中國與拉美金融資料庫]{ref=china-latam-finance}   (unchanged: 中國 inside another :actor)
 *   images: [{ caption: '普京會晤' }]   → caption: ':actor[普京]{ref=putin}會晤'
 *
 * The file is edited by offsets taken from the Markdown parse (the YAML parse for captions): text is only
 * inserted around names, so everything else stays byte for byte as it was, and a second run changes nothing.
 * Names are found by the coverage scan (findUnannotatedNames), so the longest name wins and words inside
 * `:actor`, `:nonmention` and code are never touched; quotes and figures are prose and are annotated inside.
 *
 * Left as they are, and reported: a name several actors share (which one is meant is the editor's call), a name
 * inside a link or a directive other than `:quote`/`:figure`, a name right after `:` or `\` (where `:actor`
 * would not parse), and text written with escapes or entities, whose offsets do not match the words.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Paragraph, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml';
import { parseCaption } from '../markdown/caption';
import { findUnannotatedNames, type NameFind } from './coverage';
import type { ActorNames } from './types';

/** One `:actor` the run writes, at offsets of the original text. */
export interface AddedMention {
  /** Where the name starts and ends in the original text. */
  start: number;
  end: number;
  name: string;
  actor: string;
  line: number;
}

/** A name the run found but did not annotate, and why. */
export interface LeftName {
  name: string;
  line: number;
  reason: string;
}

export interface AnnotateResult {
  /** The text with the new annotations; equal to the input when there was nothing to add. */
  text: string;
  added: AddedMention[];
  left: LeftName[];
}

/** Parsed as Astro parses articles: GFM (autolinks, tables) and directives. */
const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** An article's body parsed as the build parses it, frontmatter blanked so offsets and lines are the file's. */
export function parseArticleBody(source: string): { tree: Root; body: string } {
  const { content: body } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
  return { tree: markdownParser.parse(body) as Root, body };
}

export function annotateSource(source: string, actors: readonly ActorNames[]): AnnotateResult {
  const added: AddedMention[] = [];
  const left: LeftName[] = [];
  const { content: body, rawFrontmatter } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });

  // The body, frontmatter blanked: same length, so its offsets are the file's.
  const bodyTree = markdownParser.parse(body) as Root;
  placeFinds(findUnannotatedNames(bodyTree, actors).finds, body, 0, () => undefined, added, left);

  const captions = rawFrontmatter ? editableCaptions(source, rawFrontmatter) : [];
  for (const caption of captions) {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: parseCaption(caption.value, caption.line) } as Paragraph] };
    const finds = findUnannotatedNames(tree, actors).finds;
    if (caption.offset === undefined) {
      for (const find of finds) left.push({ name: find.name, line: caption.line, reason: 'the caption is written with YAML escapes: annotate it by hand' });
      continue;
    }
    placeFinds(finds, caption.value, caption.offset, () => caption.line, added, left);
  }

  added.sort((a, b) => a.start - b.start);
  const text = applyMentions(source, added);
  if (added.length > 0) checkResult(source, text, actors, added.length);
  return { text, added, left };
}

/**
 * Turns finds into mentions at file offsets. `text` is what the finds' offsets refer to, starting at `base` in
 * the file; `lineOf` overrides the find's line (captions report the line of the caption in the frontmatter).
 */
function placeFinds(
  finds: readonly NameFind[],
  text: string,
  base: number,
  lineOf: (find: NameFind) => number | undefined,
  added: AddedMention[],
  left: LeftName[],
): void {
  for (const find of finds) {
    const line = lineOf(find) ?? find.line;
    const placed = placement(find, text);
    if ('reason' in placed) left.push({ name: find.name, line, reason: placed.reason });
    else added.push({ start: base + placed.offset, end: base + placed.offset + find.name.length, name: find.name, actor: find.actors[0] ?? '', line });
  }
}

/** Where in `text` the find's `:actor` goes, or why it is left to the editor. */
function placement(find: NameFind, text: string): { offset: number } | { reason: string } {
  if (find.actors.length > 1) return { reason: `names several actors (${find.actors.join(', ')}): annotate it by hand` };
  if (find.enclosedBy === 'link') return { reason: 'inside a link' };
  if (find.enclosedBy) return { reason: `inside ${find.enclosedBy}[…]` };
  const offset = offsetInText(find, text);
  if (offset === undefined) return { reason: 'the words around it are written with escapes: annotate it by hand' };
  // An `:actor` right after `:` or `\` would not be read as a directive.
  const before = text[offset - 1];
  if (before === ':' || before === '\\') return { reason: `follows "${before}", where an :actor would not be read as one` };
  return { offset };
}

/**
 * Where the found name stands in `text`. A text node's value is its source unless the source holds escapes or
 * entities (`\*`, `&amp;`); then the k-th occurrence of the name in the value is the k-th in the source, when
 * both hold it equally often. Otherwise the offsets cannot be trusted: undefined.
 */
function offsetInText(find: NameFind, text: string): number | undefined {
  const start = find.node.position?.start.offset;
  const end = find.node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const written = text.slice(start, end);
  if (written === find.node.value) return start + find.index;
  const inValue = occurrences(find.node.value, find.name);
  const inSource = occurrences(written, find.name);
  const nth = inValue.indexOf(find.index);
  if (inValue.length !== inSource.length || nth < 0) return undefined;
  return start + (inSource[nth] ?? 0);
}

function occurrences(text: string, name: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(name); index >= 0; index = text.indexOf(name, index + name.length)) found.push(index);
  return found;
}

interface CaptionSource {
  value: string;
  /** File offset of the caption's first character, when the YAML source reads exactly as the value. */
  offset: number | undefined;
  line: number;
}

/** Every image caption in the frontmatter `yaml` of `source`, with where its text stands in the file. */
function editableCaptions(source: string, yaml: string): CaptionSource[] {
  const yamlOffset = source.indexOf(yaml);
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter });
  const images = document.get('images', true);
  if (!isSeq(images)) return [];
  // Line of the YAML's first character in the file (the line of the opening `---`).
  const firstLine = source.slice(0, yamlOffset).split('\n').length;
  return images.items.flatMap((image): CaptionSource[] => {
    const caption = isMap(image) ? image.get('caption', true) : undefined;
    if (!isScalar(caption) || typeof caption.value !== 'string' || !caption.range) return [];
    const [start, valueEnd] = caption.range;
    const written = yaml.slice(start, valueEnd);
    const quoted = caption.type === 'QUOTE_SINGLE' || caption.type === 'QUOTE_DOUBLE';
    const inner = quoted ? written.slice(1, -1) : written;
    const plainText = inner === caption.value && isFlowScalar(caption);
    return [
      {
        value: caption.value,
        offset: plainText ? yamlOffset + start + (quoted ? 1 : 0) : undefined,
        line: firstLine + lineCounter.linePos(start).line - 1,
      },
    ];
  });
}

function isFlowScalar(scalar: Scalar): boolean {
  return scalar.type === 'PLAIN' || scalar.type === 'QUOTE_SINGLE' || scalar.type === 'QUOTE_DOUBLE';
}

/** Inserts `:actor[` and `]{ref=…}` around each mention; mentions are sorted and never overlap. */
function applyMentions(source: string, mentions: readonly AddedMention[]): string {
  let text = '';
  let from = 0;
  for (const mention of mentions) {
    text += `${source.slice(from, mention.start)}:actor[${mention.name}]{ref=${mention.actor}}`;
    from = mention.end;
  }
  return text + source.slice(from);
}

/**
 * A guard against a bug here, not against the editor: the result must read as the input did plus exactly the
 * new annotations (each parsed as an `:actor`, the frontmatter still valid YAML).
 */
function checkResult(before: string, after: string, actors: readonly ActorNames[], expected: number): void {
  const count = (source: string) => {
    const { content, rawFrontmatter } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    let annotated = findUnannotatedNames(markdownParser.parse(content) as Root, actors).annotated;
    const images = rawFrontmatter ? parseDocument(rawFrontmatter).toJS()?.images : undefined;
    for (const image of Array.isArray(images) ? images : []) {
      if (typeof image?.caption !== 'string') continue;
      const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: parseCaption(image.caption, 1) } as Paragraph] };
      annotated += findUnannotatedNames(tree, actors).annotated;
    }
    return annotated;
  };
  const gained = count(after) - count(before);
  if (gained !== expected) throw new Error(`annotate: ${expected} annotations written but ${gained} read back; the file was not changed`);
}
