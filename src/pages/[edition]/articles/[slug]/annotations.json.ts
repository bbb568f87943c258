/** `/<edition>/articles/<slug>/annotations.json`: the article's actors, quotes and key figures as open data. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Edition } from '../../../../lib/editions/editions';
import { toOpenData } from '../../../../lib/annotations/open-data';
import { loadArticle, type ArticleEntry } from '../../../../queries/articles';
import { articlePaths } from './_article-paths';

export const getStaticPaths = (() => articlePaths('files')) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry; edition: Edition }> = async ({ props }) => {
  const { slug, data, model } = await loadArticle(props.entry);
  const body = toOpenData({ slug, title: data.title, date: data.date, lang: props.edition.lang, corrections: data.corrections }, model);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
