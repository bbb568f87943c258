/**
 * The stylesheet that makes "select an actor, see all its mentions" work without JavaScript. An actor is selected
 * when its sidebar entry `#actor-<id>` is the URL's target (every mention in the text links there) or when its
 * first mention is (the name in the sidebar and the actor's page link there, so the text scrolls to it): then
 * every mention of that actor in the text is highlighted. A mention is the link to the actor's entry
 * (`[href="#actor-<id>"]`), or, inside a quote, a figure or a link, a `<span data-actor=<id>>`; the second selector
 * is written only for actors that have such a mention.
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
  /** Whether any of its mentions stands inside a quote, a figure or a link (a `<span>`, not a link). */
  mentionedInsideLinks: boolean;
}

/** `[href="#actor-china"]`, with `[data-actor=china]` beside it when needed. Ids are kebab-case ASCII. */
function mentionsOf({ id, mentionedInsideLinks }: MentionedActor): string {
  const link = `[href="#${actorEntryId(id)}"]`;
  return mentionedInsideLinks ? `:is(${link},[data-actor="${id}"])` : link;
}

export function actorHighlightCss(actors: readonly MentionedActor[]): string {
  if (actors.length === 0) return '';
  const selectors = actors.map((actor) => `main:has(#${actorEntryId(actor.id)}:target,#${actor.firstMention}:target) ${mentionsOf(actor)}`);
  return `${selectors.join(',\n')}{background:var(--color-highlight);outline:2px solid var(--color-highlight)}\n`;
}
