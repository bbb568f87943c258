/**
 * The stylesheet that makes "select an actor, see all its mentions" work without JavaScript: when the sidebar
 * entry `#actor-<id>` is the URL's target, every mention of that actor in the text is highlighted. CSS cannot
 * compare an id with an attribute value, so there is one rule per actor; it is served as a file (never inlined)
 * so a strict Content-Security-Policy needs no hashes.
 */
import { actorEntryId } from './types';

export function actorHighlightCss(actorIds: readonly string[]): string {
  const rules = actorIds.map(
    (id) => `.article-page:has(#${actorEntryId(id)}:target) .article-body [data-actor="${id}"]`,
  );
  if (rules.length === 0) return '';
  return `/* Generated from content/actors/: one selector per actor. */\n${rules.join(',\n')} {\n  background: var(--color-highlight);\n  outline: 2px solid var(--color-highlight);\n}\n`;
}
