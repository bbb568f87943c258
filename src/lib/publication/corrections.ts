/**
 * An article's corrections and updates as readers, feeds and search engines get them: when it last changed, the
 * corrections in schema.org's form, and the lines a feed item carries.
 */
import { formatDay } from '../format-date';

export interface ArticleCorrection {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: 'correction' | 'update';
  text: string;
}

/** The day the article last changed: the latest of `updated` and its corrections' days; undefined if it never did. */
export function lastModified(article: { updated?: string | undefined; corrections: readonly ArticleCorrection[] }): string | undefined {
  const days = [article.updated, ...article.corrections.map((correction) => correction.date)].filter((day): day is string => day !== undefined);
  return days.length > 0 ? days.reduce((latest, day) => (day > latest ? day : latest)) : undefined;
}

/** schema.org `correction`: each correction (not the updates) as a CorrectionComment, oldest first. */
export function correctionComments(corrections: readonly ArticleCorrection[]): Record<string, string>[] {
  return corrections
    .filter((correction) => correction.kind === 'correction')
    .map((correction) => ({ '@type': 'CorrectionComment', text: correction.text, datePublished: correction.date }));
}

/** The lines a feed item adds under its description, each kind named in the edition's words (`更正（2025年12月13日）：…`). */
export function correctionLines(corrections: readonly ArticleCorrection[], lang: string, labels: Readonly<Record<ArticleCorrection['kind'], string>>): string[] {
  return corrections.map((correction) => `${labels[correction.kind]}（${formatDay(correction.date, lang)}）：${correction.text}`);
}
