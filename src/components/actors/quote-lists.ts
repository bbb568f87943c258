/**
 * The two quote lists of an actor, each with a paged page of its own (`/<edition>/actors/<id>/<list>/`) when it
 * is longer than the first page of the actor's page shows.
 */
export const ACTOR_QUOTE_LISTS = [
  { list: 'quotes', section: '引述', heading: (name: string) => `${name}的引述` },
  { list: 'reported', section: '經其報導的引述', heading: (name: string) => `經${name}報導的引述` },
] as const;
