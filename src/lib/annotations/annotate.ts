/**
 * Turns the annotation directives into HTML with stable anchors and collects them, in document order.
 *
 *   :actor[馬杜羅]{ref=maduro}
 *     → <a id="m-maduro-1" href="#actor-maduro">馬杜羅</a>
 *   「:quote[肩並肩]{by=ryabkov via=tass}」
 *     → 「<q id="q-ryabkov-1" data-by="ryabkov"><a href="#quote-q-ryabkov-1">肩並肩</a></q>」
 *   :figure[近15000名士兵]{value=15000 unit=人 label="美國部署到加勒比海的兵力"}
 *   (optional `chart="<title>"`: figures sharing a chart title are drawn together as one bar chart;
 *   optional `series=<id>`: figures of one series, across articles, are followed over time, one per article)
 *     → <data id="f-15000" value="15000"><a href="#figure-f-15000">近15000名士兵</a></data>
 *   :nonmention[中國]
 *     → 中國            (plain text: the coverage report knows these words are not a mention)
 *
 * The link says what is marked: `#actor-…`, `#quote-…` or `#figure-…`, the entry in the sidebar. No class repeats
 * it (132 mentions in the seed: the bytes count in the page's 15 KB). Links cannot nest, so inside a quote, a
 * figure or a Markdown link (`[…:actor[馬杜羅]{ref=maduro}…](url)`) a mention is a `<span>` with the same id and
 * `data-actor` naming the actor; a Markdown link inside an annotation that is itself a link fails, naming the line.
 * `{#some-id}` on any annotation replaces the generated anchor (see anchor-ids.ts).
 * Nothing the reader sees goes into ids or data-*: the Simplified edition converts text nodes only.
 *
 * An unknown actor in `ref`, `by` or `via`, an annotation with no words, a malformed figure, or a chart with
 * nothing to draw fails with the file, line and field. Directives with other names are left for the plugin
 * that restores them as text.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { ContentError, type ContentIssue } from '../content/locate-issues';
import { didYouMean } from '../text/closest-match';
import { anchorIdsOf } from '../markdown/anchor-ids';
import { fileLabel, lineOf, unclosedAnnotation } from '../markdown/directive-source';
import { isPageId, PAGE_ID_RULE } from '../page-ids';
import { chartProblems } from '../charts/chart-rules';
import { readFigureValue, normaliseUnit } from './figure-value';
import { actorEntryId, figureEntryId, quoteEntryId, SERIES_ID, type ArticleAnnotations } from './types';

const EXPLICIT_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function annotateTree(tree: Root, file: VFile, actors: ReadonlyMap<string, unknown>): ArticleAnnotations {
  const annotations: ArticleAnnotations = { mentions: [], quotes: [], figures: [] };
  const issues: ContentIssue[] = [];
  const label = fileLabel(file);
  const ids = anchorIdsOf(file, tree);
  const counts = new Map<string, number>();
  /** Series id → the line of the article's figure in it. */
  const seriesSeen = new Map<string, number>();
  const next = (key: string) => {
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    return count;
  };
  const issue = (node: Nodes, field: string, message: string) => issues.push({ file: label, line: lineOf(node), field, message });

  const knownActor = (node: Nodes, field: string, id: string | undefined): id is string => {
    if (!id) {
      issue(node, field, `:${(node as TextDirective).name} needs ${field}=<actor id>`);
      return false;
    }
    if (!actors.has(id)) {
      issue(node, field, `unknown actor "${id}" (no file content/actors/${id}.yaml)${didYouMean(id, actors.keys())}`);
      return false;
    }
    return true;
  };

  const anchorFor = (node: TextDirective, generated: () => string): string => {
    const explicit = node.attributes?.id;
    if (explicit === undefined || explicit === null) return generated();
    if (!EXPLICIT_ID.test(explicit)) issue(node, 'id', `anchor id "${explicit}" must be ASCII kebab-case`);
    else if (isPageId(explicit)) issue(node, 'id', `anchor id "${explicit}" belongs to the page itself: choose another (${PAGE_ID_RULE})`);
    return explicit;
  };

  /** Words an annotation marks: without them there is nothing to link, quote or count. */
  const hasWords = (node: TextDirective): boolean => {
    if (toString(node).trim() !== '') return true;
    issue(node, 'text', `:${node.name}[…] needs the words it marks between the brackets`);
    return false;
  };

  const visitChildren = (parent: Parent, insideLink: boolean) => {
    for (const child of parent.children) visitNode(child, insideLink);
  };

  const visitNode = (node: RootContent, insideLink: boolean) => {
    if (node.type === 'link' || node.type === 'linkReference') {
      // A link inside a link is not HTML: the browser would close the first and move the words out of it.
      if (insideLink) issue(node, 'link', 'a link cannot stand inside an annotation or another link: put it beside the annotation');
      visitChildren(node, true);
      return;
    }
    if (node.type !== 'textDirective') {
      if ('children' in node) visitChildren(node as Parent, insideLink);
      return;
    }
    const attributes = node.attributes ?? {};
    // A `[` or `{` never closed reads as a bare annotation: say so, rather than that its ref is missing.
    const unclosed = ['actor', 'quote', 'figure', 'nonmention'].includes(node.name) ? unclosedAnnotation(node, file) : undefined;
    if (unclosed) {
      issue(node, unclosed.field, unclosed.message);
      visitChildren(node, true);
      return;
    }
    switch (node.name) {
      case 'actor': {
        const ref = attributes.ref ?? undefined;
        const ok = knownActor(node, 'ref', ref);
        const actor = ok ? ref : 'unknown';
        hasWords(node);
        const id = anchorFor(node, () => ids.generate(`m-${actor}-${next(`m-${actor}`)}`));
        node.data = {
          hName: insideLink ? 'span' : 'a',
          hProperties: insideLink ? { id, dataActor: actor } : { id, href: `#${actorEntryId(actor)}` },
        };
        if (ok) annotations.mentions.push({ id, actor, text: toString(node), line: lineOf(node), ...(insideLink ? { insideLink } : {}) });
        visitChildren(node, true);
        return;
      }
      case 'quote': {
        const speakers = (attributes.by ?? '').split(/\s+/).filter(Boolean);
        if (speakers.length === 0) knownActor(node, 'by', undefined);
        const ok = speakers.map((speaker) => knownActor(node, 'by', speaker)).every(Boolean);
        const via = attributes.via ?? null;
        const viaOk = via === null || knownActor(node, 'via', via);
        const by = speakers[0] ?? 'unknown';
        hasWords(node);
        const id = anchorFor(node, () => ids.generate(`q-${by}-${next(`q-${by}`)}`));
        node.data = { hName: 'q', hProperties: { id, dataBy: speakers.join(' ') } };
        if (ok && viaOk && speakers.length > 0) annotations.quotes.push({ id, by, speakers, via, text: toString(node), line: lineOf(node) });
        wrapInLink(node, insideLink, `#${quoteEntryId(id)}`);
        visitChildren(node, true);
        return;
      }
      case 'figure': {
        const read = readFigureValue(attributes.value ?? '');
        const figureLabel = (attributes.label ?? '').trim();
        const valid = 'value' in read;
        if (!valid) issue(node, 'value', read.problem);
        if (!figureLabel) issue(node, 'label', ':figure needs label="…" saying what the number measures');
        hasWords(node);
        const id = anchorFor(node, () => ids.generate(`f-${valid ? read.written.replace(/^-/, 'minus-').replace('.', '-') : 'invalid'}`));
        node.data = { hName: 'data', hProperties: { id, value: valid ? String(read.value) : '' } };
        const series = (attributes.series ?? '').trim();
        if (series && !SERIES_ID.test(series)) issue(node, 'series', `series id "${series}" must be ASCII kebab-case (e.g. venezuela-oil-output)`);
        else if (series && seriesSeen.has(series)) issue(node, 'series', `series "${series}" already has a figure in this article (line ${seriesSeen.get(series)}): one per article`);
        else if (series) seriesSeen.set(series, lineOf(node));
        if (valid && figureLabel) {
          const chart = (attributes.chart ?? '').trim();
          annotations.figures.push({
            id,
            value: read.value,
            unit: normaliseUnit(attributes.unit ?? ''),
            label: figureLabel,
            text: toString(node),
            line: lineOf(node),
            ...(chart ? { chart } : {}),
            ...(series ? { series } : {}),
          });
        }
        wrapInLink(node, insideLink, `#${figureEntryId(id)}`);
        visitChildren(node, true);
        return;
      }
      default:
        visitChildren(node, insideLink);
    }
  };

  visitChildren(tree, false);
  unwrapNonMentions(tree);
  issues.push(...chartProblems(annotations.figures, label));
  if (issues.length > 0) throw new ContentError(issues);
  return annotations;
}

/** The words of a quote or figure become a link to its sidebar entry (unless already inside a link). */
function wrapInLink(node: TextDirective, insideLink: boolean, href: string): void {
  if (insideLink) return;
  const link = { type: 'emphasis', children: node.children, data: { hName: 'a', hProperties: { href } } };
  node.children = [link as PhrasingContent];
}

/** `:nonmention[…]` has done its job once coverage is counted: its words stay, the marker goes. */
function unwrapNonMentions(parent: Parent): void {
  parent.children = parent.children.flatMap((child): RootContent[] => {
    if ('children' in child) unwrapNonMentions(child as Parent);
    return child.type === 'textDirective' && child.name === 'nonmention' ? (child.children as RootContent[]) : [child];
  });
}
