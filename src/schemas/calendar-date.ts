import { z } from 'astro/zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** No article of this site was published before 1900: an earlier year is a typo (`0025` for `2025`). */
export const EARLIEST_YEAR = 1900;

/**
 * A calendar day, kept as the string `YYYY-MM-DD`.
 * YAML turns `2025-12-11` into a Date at UTC midnight; keeping the day as text means no time zone can ever move
 * a publication date to the day before.
 */
export const CalendarDateSchema = z
  .union([z.date(), z.string()], { error: 'must be a date written as YYYY-MM-DD' })
  .transform((value, ctx) => {
    const day = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value;
    const parsed = new Date(`${day}T00:00:00Z`);
    if (/^\d{4}-\d{2}-\d{2}[T ]\d/.test(day)) {
      ctx.addIssue({ code: 'custom', message: `must be a day, YYYY-MM-DD: write the time of publication in \`time\` (date: ${day.slice(0, 10)}, time: "${day.slice(11)}")` });
      return z.NEVER;
    }
    if (!ISO_DAY.test(day) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
      ctx.addIssue({ code: 'custom', message: `must be a real date written as YYYY-MM-DD (got ${JSON.stringify(String(value))})` });
      return z.NEVER;
    }
    if (parsed.getUTCFullYear() < EARLIEST_YEAR) {
      ctx.addIssue({ code: 'custom', message: `must be ${EARLIEST_YEAR} or later (got ${day}: a typo for a recent year?)` });
      return z.NEVER;
    }
    return day;
  });
