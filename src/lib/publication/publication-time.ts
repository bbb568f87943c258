/**
 * When an article is published, and whether a build at a given time publishes it. An article's `date` is a
 * calendar day; with `time` (`08:00+08:00`) it is that minute in that zone. A day alone is published from the
 * start of that day in the newsroom's zone, so a day-only article dated tomorrow is held back until tomorrow
 * begins for the desk that wrote it, wherever the build runs.
 */

/** The newsroom's zone: the offset a day without a time is read in (Taipei, UTC+8, no summer time). */
export const NEWSROOM_UTC_OFFSET = '+08:00';

/** An article's publication as written: `date` (`YYYY-MM-DD`), `time` (`HH:MM[:SS]` and a zone) if any. */
export interface PublicationFields {
  date: string;
  time?: string | undefined;
  draft?: boolean | undefined;
}

/** `published`: on the site; `draft`: `draft: true`; `embargoed`: its publication time is later than the clock. */
export type PublicationState = 'published' | 'draft' | 'embargoed';

/** The written publication as an ISO 8601 date-time with its zone: `2027-03-01T08:00+08:00`. */
export function publicationDateTime({ date, time }: PublicationFields): string {
  return time ? `${date}T${time}` : `${date}T00:00${NEWSROOM_UTC_OFFSET}`;
}

/** The instant the article is published, in milliseconds since the epoch. */
export function publicationInstant(article: PublicationFields): number {
  return Date.parse(publicationDateTime(article));
}

/** What a build whose clock reads `clock` does with the article. A draft is a draft whatever its date. */
export function publicationState(article: PublicationFields, clock: Date): PublicationState {
  if (article.draft) return 'draft';
  return publicationInstant(article) > clock.getTime() ? 'embargoed' : 'published';
}

/** How messages and the preview's mark write a publication time: `2027-03-01 08:00 (UTC+08:00)`. */
export function formatPublication(article: PublicationFields): string {
  const [day, rest] = publicationDateTime(article).split('T') as [string, string];
  const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(rest)?.[1] ?? NEWSROOM_UTC_OFFSET;
  const clockTime = rest.slice(0, rest.length - zone.length);
  return `${day} ${clockTime} (UTC${zone === 'Z' ? '' : zone})`;
}

/** An instant as messages write it, in the newsroom's zone: `2026-12-07 09:30 (UTC+08:00)`. */
export function formatInstant(instant: Date): string {
  const [sign, hours, minutes] = [NEWSROOM_UTC_OFFSET[0], Number(NEWSROOM_UTC_OFFSET.slice(1, 3)), Number(NEWSROOM_UTC_OFFSET.slice(4, 6))];
  const shifted = new Date(instant.getTime() + (sign === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000);
  return `${shifted.toISOString().slice(0, 10)} ${shifted.toISOString().slice(11, 16)} (UTC${NEWSROOM_UTC_OFFSET})`;
}

/**
 * A clock as written for the build (`SITE_BUILD_TIME`): an ISO 8601 date-time with a zone
 * (`2027-03-01T08:00+08:00`, `2027-03-01T00:00Z`) or a day (`2027-03-01`, its start in the newsroom's zone).
 * Undefined when it is neither.
 */
export function parseClock(text: string): Date | undefined {
  const written = text.trim();
  const day = /^\d{4}-\d{2}-\d{2}$/.test(written);
  if (!day && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(written)) return undefined;
  // JavaScript reads 2027-02-30 as 2 March: the day must be one the calendar has.
  const calendarDay = written.slice(0, 10);
  const midnight = new Date(`${calendarDay}T00:00:00Z`);
  if (Number.isNaN(midnight.getTime()) || midnight.toISOString().slice(0, 10) !== calendarDay) return undefined;
  const instant = Date.parse(day ? `${written}T00:00${NEWSROOM_UTC_OFFSET}` : written);
  return Number.isNaN(instant) ? undefined : new Date(instant);
}
