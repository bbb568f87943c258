/**
 * Annotation coverage for editors: where a known actor's name stands in the text without an `:actor`
 * annotation. Words inside an `:actor` (中國 within :actor[中國與拉美金融資料庫]) or inside `:nonmention[…]`
 * (a deliberate non-mention) do not count; words inside a quote or figure do, since a quote's words can name
 * actors too.
 *
 * Runs on the tree as remark-directive left it, before any plugin claims or restores directives. Text a plugin
 * generated has no position and is not scanned; image captions carry positions within the caption (see
 * caption.ts), so they are.
 */
import type { Nodes, Root, Text } from 'mdast';
import type { ActorNames } from './types';

export interface MissedMention {
  /** The words found. */
  name: string;
  /** The actor they name (the first, when several actors share the name). */
  actor: string;
  line: number;
}

export interface CoverageReport {
  /** `:actor` annotations in the text. */
  annotated: number;
  /** Names found outside any annotation, in document order. */
  missed: MissedMention[];
}

/** One unannotated name, with what `npm run annotate` needs to wrap it. */
export interface NameFind {
  name: string;
  /** Every actor with this name: more than one means the name is ambiguous. */
  actors: string[];
  line: number;
  /** The text node the name stands in, and where in its value. */
  node: Text;
  index: number;
  /**
   * What the name stands inside that an `:actor` must not go into: `link` (the words are the link's) or
   * `:<name>` (a directive other than `:quote` and `:figure`, whose words are prose). Undefined: free text.
   */
  enclosedBy?: string;
}

const SKIPPED_DIRECTIVES = new Set(['actor', 'nonmention']);
/** Directives whose words are prose an editor annotates inside (a quote names actors; so may a figure's words). */
const PROSE_DIRECTIVES = new Set(['quote', 'figure']);

export function scanCoverage(tree: Root, actors: Iterable<ActorNames>): CoverageReport {
  const { annotated, finds } = findUnannotatedNames(tree, actors);
  return { annotated, missed: finds.map(({ name, actors: [actor = ''], line }) => ({ name, actor, line })) };
}

/**
 * Every name of a known actor standing outside `:actor` and `:nonmention`, in document order, and the number of
 * `:actor` annotations. The one name matcher of the project: the coverage report and `npm run annotate` use it.
 */
export function findUnannotatedNames(tree: Root, actors: Iterable<ActorNames>): { annotated: number; finds: NameFind[] } {
  const matcher = nameMatcher(actors);
  let annotated = 0;
  const finds: NameFind[] = [];
  const walk = (node: Nodes, enclosedBy: string | undefined) => {
    if (node.type === 'textDirective' && SKIPPED_DIRECTIVES.has(node.name)) {
      if (node.name === 'actor') annotated += 1;
      return;
    }
    if (node.type === 'text' && node.position && matcher) finds.push(...findNames(node, matcher, enclosedBy));
    if (!('children' in node)) return;
    let inner = enclosedBy;
    if (node.type === 'link' || node.type === 'linkReference') inner ??= 'link';
    if (node.type === 'textDirective' && !PROSE_DIRECTIVES.has(node.name)) inner ??= `:${node.name}`;
    for (const child of node.children) walk(child, inner);
  };
  walk(tree, undefined);
  return { annotated, finds };
}

interface Matcher {
  pattern: RegExp;
  actorsByName: Map<string, string[]>;
}

/** One pattern for every name, longest first, so 尼古拉斯·馬杜羅 is one find and not also 馬杜羅. */
function nameMatcher(actors: Iterable<ActorNames>): Matcher | undefined {
  const actorsByName = new Map<string, string[]>();
  for (const actor of actors) {
    for (const name of new Set(actor.names)) actorsByName.set(name, [...(actorsByName.get(name) ?? []), actor.id]);
  }
  if (actorsByName.size === 0) return undefined;
  const names = [...actorsByName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(names.join('|'), 'gu'), actorsByName };
}

function findNames(node: Text, { pattern, actorsByName }: Matcher, enclosedBy: string | undefined): NameFind[] {
  const firstLine = node.position?.start.line ?? 1;
  return [...node.value.matchAll(pattern)].map((match) => ({
    name: match[0],
    actors: actorsByName.get(match[0]) ?? [],
    line: firstLine + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0),
    node,
    index: match.index,
    ...(enclosedBy ? { enclosedBy } : {}),
  }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `annotation coverage 118/120 (98%)` — the one line an editor reads per article. */
export function coverageLine(report: CoverageReport): string {
  const found = report.annotated + report.missed.length;
  const percent = found === 0 ? 100 : Math.floor((report.annotated / found) * 100);
  return `annotation coverage ${report.annotated}/${found} (${percent}%)`;
}

/** One warning per missed name: `<file>:<line>: 馬杜羅 names actor "maduro" but is not annotated …`. */
export function coverageWarnings(file: string, report: CoverageReport): string[] {
  return report.missed.map(
    (miss) =>
      `${file}:${miss.line}: ${miss.name} names actor "${miss.actor}" but is not annotated ` +
      `(write :actor[${miss.name}]{ref=${miss.actor}}, or :nonmention[${miss.name}] if it is not a mention)`,
  );
}

/** What an editor reads for one article: a warning per missed name, then the summary line. */
export function coverageReport(file: string, report: CoverageReport): string[] {
  return [...coverageWarnings(file, report), `${file}: ${coverageLine(report)}`];
}

/** Past this many articles, articles fully annotated are summed up in one line rather than listed. */
const LISTED_ARTICLES = 20;

/**
 * What a build prints about coverage: every missed name and a line per article, except that on a large site the
 * articles at 100 % share one line (`… and 9,980 more articles at 100%`), so the lines that need an editor stand out.
 */
export function coverageSummary(articles: readonly { file: string; report: CoverageReport }[]): string[] {
  const complete = (report: CoverageReport) => report.missed.length === 0;
  const listAll = articles.length <= LISTED_ARTICLES;
  const lines = articles.flatMap(({ file, report }) => (listAll || !complete(report) ? coverageReport(file, report) : []));
  const summed = listAll ? 0 : articles.filter(({ report }) => complete(report)).length;
  if (summed > 0) lines.push(`annotation coverage: ${summed.toLocaleString('en')} more articles at 100%`);
  return lines;
}
