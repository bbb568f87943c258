import { z } from 'astro/zod';

/**
 * `content/conversion.yaml`: site-wide overrides for the Simplified edition, one `Traditional: Simplified` pair
 * a line (e.g. `報導: 报道`). Keys are matched in the Traditional text before OpenCC runs; an article's own
 * `conversion` map wins over this file. Default: no overrides (the file may be absent or empty).
 */
export const ConversionOverridesSchema = z.record(
  z.string().min(1, 'an override needs the Traditional words it replaces'),
  z.string({ error: 'must be the Simplified text, written as a string' }).min(1, 'must not be empty'),
  { error: 'must be a list of `Traditional: Simplified` pairs' },
);
