/**
 * The annotation model: what the remark plugin collects from an article's `:actor`, `:quote` and `:figure`
 * directives, in document order. Ids are ASCII anchors, identical in every edition (they come from the
 * Traditional source, never from converted text).
 */

/** `:actor[馬杜羅]{ref=maduro}`: these words refer to an actor. */
export interface Mention {
  /** Anchor id of the mention in the text, e.g. `m-maduro-3`. */
  id: string;
  /** Actor id (file name in `content/actors/`). */
  actor: string;
  /** The words as they stand in the text. */
  text: string;
  /** 1-based line in the Markdown file. */
  line: number;
  /** Inside a quote, a figure or a link: a `<span data-actor>`, not a link of its own. */
  insideLink?: true;
}

/** `:quote[肩並肩]{by=ryabkov via=tass}`: words attributed to an actor. */
export interface Quote {
  /** Anchor id of the `<q>` in the text, e.g. `q-ryabkov-1`. */
  id: string;
  /** The speaker: first actor id in `by`. */
  by: string;
  /** Every speaker named in `by` (more than one when the text attributes the words to both sides). */
  speakers: string[];
  /** The actor that reported the words, or null. */
  via: string | null;
  /** The words, without the quotation marks around them. */
  text: string;
  line: number;
}

/** `:figure[近15000名士兵]{value=15000 unit=人 label="…"}`: a number the analysis rests on. */
export interface Figure {
  /** Anchor id of the `<data>` in the text, derived from the value: `f-15000`, `f-15000-2` for a repeat. */
  id: string;
  value: number;
  /** Unit in Traditional script (`人`, `美元`, `%`); empty when the number has none. */
  unit: string;
  /** What the number measures, in Traditional script. */
  label: string;
  /** The words as they stand in the text. */
  text: string;
  line: number;
  /** Title of the chart this figure is drawn in, with the other figures that name the same title. */
  chart?: string;
}

export interface ArticleAnnotations {
  mentions: Mention[];
  quotes: Quote[];
  figures: Figure[];
}

/** The names the coverage report looks for, per actor id. */
export interface ActorNames {
  id: string;
  names: string[];
}

/** Directive names this project claims. `nonmention` marks words that look like an actor's name but are not one. */
export const ANNOTATION_DIRECTIVES = ['actor', 'quote', 'figure', 'nonmention'] as const;

/** Anchor ids of the sidebar entries a text annotation links back to. */
export function actorEntryId(actor: string): string {
  return `actor-${actor}`;
}
export function quoteEntryId(quoteId: string): string {
  return `quote-${quoteId}`;
}
export function figureEntryId(figureId: string): string {
  return `figure-${figureId}`;
}
