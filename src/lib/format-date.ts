/**
 * Reading form of a `YYYY-MM-DD` day for an edition's language, e.g. `2025年12月11日`.
 * Formatted in UTC because the day is a calendar day, not an instant: no reader's zone may shift it.
 */
export function formatDay(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
