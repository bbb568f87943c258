import { z } from 'astro/zod';

/** An ASCII anchor id in the article's HTML, e.g. `m-maduro-3`. */
const AnchorId = z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
/** An actor id: the file name of `content/actors/<id>.yaml`. */
const ActorId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * What the remark plugin collects from the article's annotations (`remarkPluginFrontmatter.annotations`). The
 * collection schema never sees it, so the page validates it again with this schema before using it.
 */
export const AnnotationsSchema = z.strictObject({
  /** Every `:actor[…]{ref=…}`, in document order. */
  mentions: z.array(
    z.strictObject({
      /** Anchor id of the mention in the text. */
      id: AnchorId,
      /** The actor the words refer to. */
      actor: ActorId,
      /** The words as they stand in the text. */
      text: z.string().min(1),
      /** 1-based line in the Markdown file. */
      line: z.number().int().positive(),
      /** Inside a quote, a figure or a link: a `<span data-actor>` in the page, not a link of its own. */
      insideLink: z.literal(true).optional(),
    }),
  ),
  /** Every `:quote[…]{by=… via=…}`, in document order. */
  quotes: z.array(
    z.strictObject({
      /** Anchor id of the `<q>` in the text. */
      id: AnchorId,
      /** The (first) speaker. */
      by: ActorId,
      /** Every speaker named in `by`; usually just one. */
      speakers: z.array(ActorId).min(1),
      /** The actor that reported the words; `null` when the text names none. */
      via: ActorId.nullable(),
      /** The quoted words, without the quotation marks around them. */
      text: z.string().min(1),
      line: z.number().int().positive(),
    }),
  ),
  /** Every `:figure[…]{value=… unit=… label=…}`, in document order. */
  figures: z.array(
    z.strictObject({
      /** Anchor id of the `<data>` in the text. */
      id: AnchorId,
      /** The number itself. */
      value: z.number(),
      /** Unit in Traditional script; empty when the number has none. */
      unit: z.string(),
      /** What the number measures. */
      label: z.string().min(1),
      /** The words as they stand in the text. */
      text: z.string().min(1),
      line: z.number().int().positive(),
      /** Title of the bar chart the figure is drawn in (figures with the same title share one chart). */
      chart: z.string().min(1).optional(),
    }),
  ),
});

export type AnnotationsData = z.infer<typeof AnnotationsSchema>;
