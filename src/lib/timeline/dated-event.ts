/**
 * A dated event of an article's timeline, as the `:date` plugin collects it (collect-dates.ts). Declared once, as
 * the schema the page validates the plugin's output with (`remarkPluginFrontmatter.timeline` reaches it through
 * Astro's data store, which the collection schema never sees); the type is derived from it.
 */
import { z } from 'astro/zod';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date: exactly what `<time datetime>` accepts. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day !== undefined) {
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }
  return true;
}

const PartialDate = z.string().refine(isPartialDate, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const DatedEventSchema = z.strictObject({
  /** Anchor id of the `<time>` in the text; ASCII, the same in both editions. */
  id: z.string().regex(/^d-[0-9-]+$/),
  /** Start (or the only) date. */
  value: PartialDate,
  /** End of a span, when the text names one. */
  until: PartialDate.optional(),
  /** The words in the text, e.g. `2018年12月`. */
  text: z.string().min(1),
  /** What happened: the `event` attribute, or the sentence the date stands in. */
  event: z.string().min(1),
});

/** An article's timeline, in the order of the text. */
export const TimelineSchema = z.array(DatedEventSchema);

export type DatedEvent = z.infer<typeof DatedEventSchema>;
