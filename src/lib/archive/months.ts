/**
 * The archive by month: `/<edition>/archive/<year>/<month>/` lists a month's articles, the archive index lists
 * every year with its months and their counts.
 */
import type { ArticleSummary } from './article-summary';

export interface MonthArchive {
  /** `YYYY`. */
  year: string;
  /** `MM`, `01`–`12`. */
  month: string;
  /** Newest first. */
  articles: ArticleSummary[];
}

export interface YearArchive {
  year: string;
  /** Articles in the year. */
  count: number;
  /** Months with articles, newest first. */
  months: { month: string; count: number }[];
}

/** Every month with articles, newest first; `articles` must be newest first, and each month keeps that order. */
export function groupByMonth(articles: readonly ArticleSummary[]): MonthArchive[] {
  const months = new Map<string, MonthArchive>();
  for (const article of articles) {
    const key = article.date.slice(0, 7);
    let month = months.get(key);
    if (!month) {
      month = { year: key.slice(0, 4), month: key.slice(5, 7), articles: [] };
      months.set(key, month);
    }
    month.articles.push(article);
  }
  return [...months.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([, month]) => month);
}

/** The index: years newest first, each with its months newest first. */
export function groupByYear(months: readonly MonthArchive[]): YearArchive[] {
  const years = new Map<string, YearArchive>();
  for (const { year, month, articles } of months) {
    let entry = years.get(year);
    if (!entry) {
      entry = { year, count: 0, months: [] };
      years.set(year, entry);
    }
    entry.count += articles.length;
    entry.months.push({ month, count: articles.length });
  }
  return [...years.values()]
    .sort((a, b) => b.year.localeCompare(a.year))
    .map((entry) => ({ ...entry, months: [...entry.months].sort((a, b) => b.month.localeCompare(a.month)) }));
}

/** A month as a link names it. */
export interface MonthKey {
  year: string;
  month: string;
}

/** A month with the nearest months before and after it that have articles (none at the ends of the archive). */
export interface MonthWithNeighbours extends MonthArchive {
  older?: MonthKey;
  newer?: MonthKey;
}

/** `months` as groupByMonth gives them (newest first), each with its neighbours: months without articles are skipped. */
export function withNeighbours(months: readonly MonthArchive[]): MonthWithNeighbours[] {
  const key = (month: MonthArchive | undefined): MonthKey | undefined => (month ? { year: month.year, month: month.month } : undefined);
  return months.map((month, index) => {
    const newer = key(months[index - 1]);
    const older = key(months[index + 1]);
    return { ...month, ...(older ? { older } : {}), ...(newer ? { newer } : {}) };
  });
}
