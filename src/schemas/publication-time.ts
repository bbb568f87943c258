import { z } from 'astro/zod';

/** `HH:MM` or `HH:MM:SS`, then the zone: `Z` or `+08:00`. A time without its zone would mean a different instant on every build machine. */
const TIME_WITH_ZONE = /^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;

/**
 * The time of day an article is published, with its zone, beside its `date`: `08:00+08:00`. Kept as text;
 * src/lib/publication/publication-time.ts reads it as an instant.
 */
export const PublicationTimeSchema = z
  .string({ error: 'must be a time with its zone, HH:MM+08:00 (quote it: time: "08:00+08:00")' })
  .trim()
  .superRefine((value, ctx) => {
    if (TIME_WITH_ZONE.test(value)) return;
    const zoneless = /^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/.test(value);
    ctx.addIssue({
      code: 'custom',
      message: zoneless
        ? `must say its zone: ${value}+08:00 for Taipei, ${value}Z for UTC`
        : `must be a time with its zone, HH:MM+08:00 or HH:MMZ (got ${JSON.stringify(value)})`,
    });
  });
