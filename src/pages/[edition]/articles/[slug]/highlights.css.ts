/**
 * `/<edition>/articles/<slug>/highlights.css`: the `:target` rules that highlight one actor's mentions, for the
 * actors this article mentions more than once (see highlight-css.ts), so the file stays as small as the article's
 * cast however many actors the site has: an actor mentioned once is highlighted by the page's own `:target` rule,
 * its name leading to that one mention. Ids are the same in both editions, so both files are the same.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { actorHighlightCss } from '../../../../lib/annotations/highlight-css';
import { loadArticle, type ArticleEntry } from '../../../../queries/articles';
import { articlePaths } from './_article-paths';

export const getStaticPaths = (() => articlePaths('files')) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ArticleEntry }> = async ({ props }) => {
  const { model, annotations } = await loadArticle(props.entry);
  const insideLinks = new Set(
    annotations.mentions.filter((mention) => mention.insideLink).map((mention) => mention.actor),
  );
  const mentioned = model.actors.flatMap(({ id, mentions: [firstMention, ...others] }) =>
    firstMention && others.length > 0 ? [{ id, firstMention, mentionedInsideLinks: insideLinks.has(id) }] : [],
  );
  return new Response(actorHighlightCss(mentioned), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
