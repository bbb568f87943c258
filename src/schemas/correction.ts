import { z } from 'astro/zod';
import { CalendarDateSchema } from './calendar-date';

/**
 * One dated note of what changed after publication. A `correction` fixes something the article got wrong; an
 * `update` adds what became known later. Both are shown to readers where they read the article, in the JSON-LD
 * (`correction`, `dateModified`), the feed and annotations.json.
 */
export const CorrectionSchema = z.strictObject({
  /** The day of the change, `YYYY-MM-DD`; not before the article's `date`. */
  date: CalendarDateSchema,
  /** `correction` (default) or `update`. */
  kind: z.enum(['correction', 'update'], { error: 'must be correction or update' }).default('correction'),
  /** What was changed and why, one or two sentences in Traditional script. */
  text: z.string({ error: 'every correction says what changed (text)' }).trim().min(1, 'every correction says what changed (text)'),
});

export type Correction = z.infer<typeof CorrectionSchema>;
