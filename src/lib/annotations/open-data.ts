/**
 * `annotations.json`: the article's actors, quotes and key figures as open data, in the shape documented in the
 * README. Built from the same model as the sidebars, so the file and the page cannot disagree.
 */
import type { ArticleCorrection } from '../publication/corrections';
import type { ArticleModel } from './article-model';

export interface OpenDataArticle {
  slug: string;
  title: string;
  date: string;
  lang: string;
  /** Dated corrections and updates, oldest first (empty when there are none). */
  corrections?: readonly ArticleCorrection[];
}

export function toOpenData(article: OpenDataArticle, model: ArticleModel) {
  return {
    slug: article.slug,
    title: article.title,
    date: article.date,
    lang: article.lang,
    corrections: (article.corrections ?? []).map(({ date, kind, text }) => ({ date, kind, text })),
    actors: model.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      short: actor.short ?? null,
      original: actor.original ?? null,
      kind: actor.kind,
      role: actor.role,
      mentions: actor.mentions,
    })),
    quotes: model.quotes.map((quote) => ({ id: quote.id, by: quote.by, speakers: quote.speakers, via: quote.via, text: quote.text })),
    figures: model.figures.map((figure) => ({
      id: figure.id,
      value: figure.value,
      unit: figure.unit,
      label: figure.label,
      text: figure.text,
      ...(figure.chart ? { chart: figure.chart } : {}),
      ...(figure.series ? { series: figure.series } : {}),
    })),
  };
}

export type OpenData = ReturnType<typeof toOpenData>;
