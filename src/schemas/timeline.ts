import { z } from 'astro/zod';
import { isPartialDate } from '../lib/timeline/collect-dates';

const PartialDate = z.string().refine(isPartialDate, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * What the `:date` plugin collects (`remarkPluginFrontmatter.timeline`). The collection schema never sees it, so
 * the page validates it again with this schema before drawing the timeline.
 */
export const TimelineSchema = z.array(
  z.strictObject({
    /** Anchor id of the `<time>` in the text. */
    id: z.string().regex(/^d-[0-9-]+$/),
    /** Start (or the only) date. */
    value: PartialDate,
    /** End of a span. */
    until: PartialDate.optional(),
    /** The words in the text. */
    text: z.string().min(1),
    /** What happened: the `event` attribute or the sentence around the date. */
    event: z.string().min(1),
  }),
);

export type TimelineData = z.infer<typeof TimelineSchema>;
