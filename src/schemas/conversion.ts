import { z } from 'astro/zod';

/** Longest key or value an override may have: overrides name words and short phrases, not sentences. */
export const OVERRIDE_MAX_LENGTH = 40;

/**
 * Characters an override may not hold: markup (`<`, `>`, `&`, quotes) and control characters. The converter
 * works on text, and every writer escapes again after converting; refusing them here as well means a careless
 * entry is caught where it is written, not discovered in a page.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>&"'\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function overrideText(what: string) {
  return z
    .string({ error: `must be the ${what}, written as a string` })
    .min(1, 'must not be empty')
    .max(OVERRIDE_MAX_LENGTH, `must be at most ${OVERRIDE_MAX_LENGTH} characters: overrides are words and short phrases`)
    .refine((text) => text.trim() === text, 'must not start or end with spaces')
    .refine((text) => !FORBIDDEN.test(text), 'must not contain markup characters (< > & " \') or control characters');
}

/**
 * Overrides for the Simplified edition, one `Traditional: Simplified` pair a line (e.g. `報導: 报道`): the site-wide
 * file `content/conversion.yaml` and an article's `conversion` field share this shape. Keys are matched in the
 * Traditional text before OpenCC runs; an article's own map wins over the site's. Default: no overrides.
 */
export const ConversionOverridesSchema = z.record(overrideText('Traditional words it replaces'), overrideText('Simplified text'), {
  // Only for the map itself (a list, a string): a bad key or value keeps its own message.
  error: (issue) => (issue.code === 'invalid_type' ? 'must be a list of `Traditional: Simplified` pairs' : undefined),
});
