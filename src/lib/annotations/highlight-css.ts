/**
 * The stylesheet that makes "select an actor, see all its mentions" work without JavaScript. An actor is selected
 * when its sidebar entry `#actor-<id>` is the URL's target (every mention in the text links there) or when its
 * first mention is (the name in the sidebar and the actor's page link there, so the text scrolls to it): then
 * every mention of that actor in the text is highlighted.
 *
 * CSS cannot compare an id with an attribute value, so there is one selector per actor. The file is served, never
 * inlined (a strict Content-Security-Policy needs no hashes), built per article for that article's actors only,
 * and written compactly: it counts in the article page's weight.
 */
import { actorEntryId } from './types';

export interface MentionedActor {
  id: string;
  /** Anchor id of its first mention in the text. */
  firstMention: string;
}

/** `[data-actor=china]`; ids are kebab-case ASCII, quoted only where CSS needs it (a leading digit). */
function mentionsOf(id: string): string {
  return /^[a-z]/.test(id) ? `[data-actor=${id}]` : `[data-actor="${id}"]`;
}

export function actorHighlightCss(actors: readonly MentionedActor[]): string {
  if (actors.length === 0) return '';
  const selectors = actors.map(({ id, firstMention }) => `main:has(#${actorEntryId(id)}:target,#${firstMention}:target) ${mentionsOf(id)}`);
  return `${selectors.join(',\n')}{background:var(--color-highlight);outline:2px solid var(--color-highlight)}\n`;
}
