/** `/actor-highlights.css`: per-actor `:target` rules, generated from the actors collection (see highlight-css.ts). */
import type { APIRoute } from 'astro';
import { actorHighlightCss } from '../lib/annotations/highlight-css';
import { listActorIds } from '../queries/actors';

export const GET: APIRoute = async () =>
  new Response(actorHighlightCss(await listActorIds()), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
