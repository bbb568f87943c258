/**
 * The annotation model: what the remark plugin collects from an article's `:actor`, `:quote` and `:figure`
 * directives, in document order. Declared once, as the schema the pages validate the plugin's output with (it
 * reaches them through Astro's data store as `remarkPluginFrontmatter.annotations`, which the collection schema
 * never sees); the types below are derived from it. Ids are ASCII anchors, identical in every edition (they come
 * from the Traditional source, never from converted text).
 */
import { z } from 'astro/zod';

/** An ASCII anchor id in the article's HTML, e.g. `m-maduro-3`. */
const AnchorId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
/** An actor id: the file name of `content/actors/<id>.yaml` (the file name rule is the content folder's). */
const ActorId = z.string().min(1);

/** `:actor[馬杜羅]{ref=maduro}`: these words refer to an actor. */
export const MentionSchema = z.strictObject({
  /** Anchor id of the mention in the text, e.g. `m-maduro-3`. */
  id: AnchorId,
  /** The actor the words refer to. */
  actor: ActorId,
  /** The words as they stand in the text. */
  text: z.string().min(1),
  /** 1-based line in the Markdown file. */
  line: z.number().int().positive(),
  /** Inside a quote, a figure or a link: a `<span data-actor>` in the page, not a link of its own. */
  insideLink: z.literal(true).optional(),
});

/** `:quote[肩並肩]{by=ryabkov via=tass}`: words attributed to an actor. */
export const QuoteSchema = z.strictObject({
  /** Anchor id of the `<q>` in the text, e.g. `q-ryabkov-1`. */
  id: AnchorId,
  /** The speaker: the first actor id in `by`. */
  by: ActorId,
  /** Every speaker named in `by` (more than one when the text attributes the words to both sides). */
  speakers: z.array(ActorId).min(1),
  /** The actor that reported the words; `null` when the text names none. */
  via: ActorId.nullable(),
  /** The quoted words, without the quotation marks around them. */
  text: z.string().min(1),
  line: z.number().int().positive(),
});

/** A series id (`series=venezuela-oil-output`): ASCII kebab-case, like every id an editor writes. */
export const SERIES_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `:figure[近15000名士兵]{value=15000 unit=人 label="…"}`: a number the analysis rests on. */
export const FigureSchema = z.strictObject({
  /** Anchor id of the `<data>` in the text, derived from the value: `f-15000`, `f-15000-2` for a repeat. */
  id: AnchorId,
  /** The number itself. */
  value: z.number(),
  /** Unit in Traditional script (`人`, `美元`, `%`); empty when the number has none. */
  unit: z.string(),
  /** What the number measures, in Traditional script. */
  label: z.string().min(1),
  /** The words as they stand in the text. */
  text: z.string().min(1),
  line: z.number().int().positive(),
  /** Title of the bar chart the figure is drawn in (figures with the same title share one chart). */
  chart: z.string().min(1).optional(),
  /** The series the figure belongs to: figures of one series across articles are followed over time. */
  series: z.string().regex(SERIES_ID).optional(),
});

/** Everything the plugin collects from one article, in document order. */
export const ArticleAnnotationsSchema = z.strictObject({
  mentions: z.array(MentionSchema),
  quotes: z.array(QuoteSchema),
  figures: z.array(FigureSchema),
});

export type Mention = z.infer<typeof MentionSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type ArticleAnnotations = z.infer<typeof ArticleAnnotationsSchema>;

/** The names the coverage report looks for, per actor id. */
export interface ActorNames {
  id: string;
  names: string[];
}

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
