/**
 * How the tests find the marks in the text and the parts of the sidebar entries. The page carries no classes on
 * them (src/lib/annotations/annotate.ts, src/styles/components/sidebars.css): each is known by what it links to
 * or where it stands, the same way the stylesheet finds it. One place, so a change of markup is one change here.
 */

/** Every mention in the text: a link to the actor's entry, or inside a quote, figure or link a span. */
export const MENTION = 'a[href^="#actor-"], span[data-actor]';
/** The mentions of one actor. */
export const mentionsOf = (actor: string) => `a[href="#actor-${actor}"], span[data-actor="${actor}"]`;
/** The mentions of every other actor. */
export const mentionsNotOf = (actor: string) => `a[href^="#actor-"]:not([href="#actor-${actor}"]), span[data-actor]:not([data-actor="${actor}"])`;
/** A quote's words in the text: the link to its sidebar entry. */
export const QUOTE_LINK = 'a[href^="#quote-"]';
/** A key figure's words in the text: the link to its sidebar entry. */
export const FIGURE_LINK = 'a[href^="#figure-"]';
/** Every mark in the text that links to the sidebar. */
export const MARK_LINK = `a[href^="#actor-"], ${QUOTE_LINK}, ${FIGURE_LINK}`;

/** An actor's entry in the article's sidebar, and its parts (from the entry). */
export const ACTOR_ENTRY = '.actor-list li';
export const OPEN_ACTOR_ENTRY = '.actor-list > ol > li';
export const FOLDED_ACTOR_ENTRY = '.actor-list details.more-actors li';
export const ACTOR_NAME = ':scope > a:first-child';
export const ACTOR_ROLE = ':scope > a:first-child + span';
export const ACTOR_ORIGINAL = ':scope > [translate="no"]';
export const ACTOR_COUNT = ':scope > span ~ span:not([translate])';
export const ACTOR_PAGE_LINK = ':scope > a:last-child';

/** A quote's entry, and its parts. */
export const QUOTE_ENTRY = '.quote-list li';
export const QUOTE_SPEAKERS = ':scope > span:first-child';
export const QUOTE_VIA = ':scope > span + span';
export const QUOTE_WORDS = ':scope > a';

/** A key figure's entry (in the list or in a chart), and its parts. */
export const FIGURE_ENTRY = ':is(.figure-list, .figure-chart) li';
export const FIGURE_NUMBER = ':scope > a';
export const FIGURE_LABEL = ':scope > span';

/** The number beside a sidebar section's name in the index (from the section's link there). */
export const INDEX_COUNT = ':scope > span';

/** A timeline entry, and its parts: its dates (a span holding each <time>) and its event (a link to the text). */
export const TIMELINE_ENTRY = '.timeline li';
export const TIMELINE_DATES = ':scope > span';
export const TIMELINE_EVENT = ':scope > a';
