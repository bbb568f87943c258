/**
 * The timeline as the sidebar lists it: the article's dated events oldest first, each event once. Dates whose
 * events read the same (three years named in one sentence) are one entry, with every date.
 */
import { chronological } from './collect-dates';
import type { DatedEvent } from './dated-event';

export interface TimelineEntry {
  /** The event's words. */
  event: string;
  /** Its dates, oldest first; the entry links to the first. */
  dates: DatedEvent[];
}

export function timelineEntries(events: readonly DatedEvent[]): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const event of chronological(events)) {
    const entry = entries.get(event.event);
    if (entry) entry.dates.push(event);
    else entries.set(event.event, { event: event.event, dates: [event] });
  }
  return [...entries.values()];
}
