/**
 * An actor's roles over time, as its articles gave them: oldest first, one line per stretch of articles that gave
 * the same role (a president, then a former president), with the first and last day it was given and the article
 * that first gave it. Articles that give no role are left out: they use the actor file's lasting one.
 */
import type { ActorArticle } from './actor-index';

export interface RoleOverTime {
  role: string;
  /** `YYYY-MM-DD`: the first and the last article giving it, in this stretch. */
  from: string;
  until: string;
  /** The article that first gave it, and its anchor for the actor. */
  slug: string;
  title: string;
  anchor: string;
}

export function rolesOverTime(articles: readonly ActorArticle[]): RoleOverTime[] {
  const oldestFirst = [...articles].filter((article) => article.role !== undefined).sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
  const roles: RoleOverTime[] = [];
  for (const article of oldestFirst) {
    const last = roles.at(-1);
    if (last && last.role === article.role) {
      last.until = article.date;
      continue;
    }
    roles.push({ role: article.role as string, from: article.date, until: article.date, slug: article.slug, title: article.title, anchor: article.anchor });
  }
  return roles;
}
