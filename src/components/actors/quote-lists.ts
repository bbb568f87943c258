/**
 * The two quote lists of an actor, each with a paged page of its own (`/<edition>/actors/<id>/<list>/`) when it
 * is longer than the first page of the actor's page shows. Their headings are site words
 * (`actors.quoteLists` in src/lib/editions/site-words).
 */
export const ACTOR_QUOTE_LISTS = ['quotes', 'reported'] as const;
