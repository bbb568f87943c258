/**
 * How often an actor appears over time: its articles counted per year, or per month when they all fall within
 * a few years' span, every period from the first to the last, empty ones included (a gap is part of the story).
 * Bounded: at most MAX_MONTHS months, and one bar a year past that.
 */

export interface AppearancePeriod {
  /** `YYYY` or `YYYY-MM`. */
  period: string;
  articles: number;
}

export interface Appearances {
  unit: 'year' | 'month';
  /** Oldest first, every period from the first article's to the last's. */
  periods: AppearancePeriod[];
  /** The most articles in one period. */
  most: number;
}

/** Spans up to this many months are counted by month; longer ones by year. */
export const MAX_MONTHS = 36;

/** `dates` are `YYYY-MM-DD`, in any order; none gives no periods. */
export function appearancesOverTime(dates: readonly string[]): Appearances {
  if (dates.length === 0) return { unit: 'year', periods: [], most: 0 };
  const sorted = [...dates].sort();
  const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  const first = monthIndex(sorted[0]!);
  const last = monthIndex(sorted.at(-1)!);
  const byMonth = last - first + 1 <= MAX_MONTHS;
  const keyOf = (date: string) => (byMonth ? date.slice(0, 7) : date.slice(0, 4));
  const counts = new Map<string, number>();
  for (const date of sorted) counts.set(keyOf(date), (counts.get(keyOf(date)) ?? 0) + 1);
  const periods: AppearancePeriod[] = [];
  if (byMonth) {
    for (let index = first; index <= last; index++) {
      const period = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      periods.push({ period, articles: counts.get(period) ?? 0 });
    }
  } else {
    for (let year = Number(sorted[0]!.slice(0, 4)); year <= Number(sorted.at(-1)!.slice(0, 4)); year++) {
      periods.push({ period: String(year), articles: counts.get(String(year)) ?? 0 });
    }
  }
  return { unit: byMonth ? 'month' : 'year', periods, most: Math.max(...periods.map((period) => period.articles)) };
}
