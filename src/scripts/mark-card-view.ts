/**
 * The card that explains a mark in place, loaded by mark-cards.ts the first time a reader reaches for a mark. It
 * fills MarkCard.astro's popover with what the mark's sidebar entry says (a copy of the entry, built at build time
 * from the same data as the sidebars) and the kind of actor; a quote comes with its speaker's entry, a charted
 * figure with its chart's title and bar. It opens anchored to the mark: the stylesheet places it beside the mark,
 * or as a sheet at the bottom of a phone, and the page does not move. Esc, a tap outside and its close button shut
 * it (a popover's own behaviour); focus then goes back to the mark.
 */
import stylesheet from '../styles/components/mark-card.css?url';
import { FOLLOW_EVENT, type FollowEvent, type ReaderPlace } from './mark-card-events';

// The card's stylesheet, a file of its own (a style element would need the CSP to allow inline styles).
document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet }));

const card = document.getElementById('mark-card') as HTMLElement;
const body = document.getElementById('mark-card-body') as HTMLElement;
let shown: HTMLAnchorElement | undefined;

const mentionsOf = (actor: string) => document.querySelectorAll<HTMLElement>(`.article-body :is([href="#actor-${actor}"],[data-actor="${actor}"])`);

/** A sidebar entry as the card shows it: a copy, without the ids the page already has. */
function copy(id: string): Node[] {
  const entry = document.getElementById(id);
  if (!entry) return [];
  const clone = entry.cloneNode(true) as HTMLElement;
  clone.removeAttribute('id');
  // A chart's row keeps its chart's title above it.
  const title = entry.closest('figure')?.querySelector('figcaption')?.cloneNode(true);
  return title ? [title, clone] : [clone];
}

function open(mark: HTMLAnchorElement): void {
  const id = mark.hash.slice(1);
  const quote = mark.parentElement?.closest('q');
  const list = document.createElement('ol');
  // A quote comes with its speaker's entry.
  list.append(...copy(id), ...(quote ? copy(`actor-${quote.dataset.by}`) : []));
  body.replaceChildren(list);
  // What the card shows, for its stylesheet: `actor`, `quote` or `figure`, and an actor's kind.
  card.dataset.card = id.split('-')[0];
  card.dataset.kind = document.getElementById(id)?.dataset.kind ?? '';
  shown = mark;
  card.showPopover({ source: mark });
  card.focus({ preventScroll: true });
}

/** Marks every mention of `actor`, where the reader is. */
function markAll(actor: string): void {
  for (const mention of document.querySelectorAll('[data-marked]')) mention.removeAttribute('data-marked');
  for (const mention of mentionsOf(actor)) mention.dataset.marked = '';
}

/** The mention of `actor` to go back to: the one the reader came from, else the nearest to where they were. */
function backTo(actor: string, place: ReaderPlace): Element | undefined {
  const mentions = [...mentionsOf(actor)];
  if (place.mark && mentions.includes(place.mark)) return place.mark;
  const distance = (mention: Element) => Math.abs(mention.getBoundingClientRect().top + scrollY - place.top);
  return mentions.sort((a, b) => distance(a) - distance(b))[0];
}

addEventListener(FOLLOW_EVENT, (event) => {
  const { link, place } = (event as FollowEvent).detail;
  if (link.closest('.article-body')) return open(link);
  // An actor's name, beside the text: back to the mention, all of them marked.
  card.hidePopover();
  const actor = /^#m-(.+)-\d+$/.exec(link.hash)?.[1] ?? '';
  const mention = backTo(actor, place);
  markAll(actor);
  if (mention) location.hash = mention.id;
});

card.addEventListener('click', (event) => {
  const target = event.target as Element;
  if (target.closest('[data-mark-all]') && shown) markAll(shown.hash.slice('#actor-'.length));
  // A link or button in the card has done its work once followed: the card closes.
  if (target.closest('a, button')) card.hidePopover();
});

card.addEventListener('toggle', (event) => {
  if ((event as ToggleEvent).newState === 'closed') shown?.focus({ preventScroll: true });
});
