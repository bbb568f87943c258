/**
 * The marks in the text, explained in place (mark-card-view.ts: a card beside the mark, or a sheet at the bottom of
 * a phone, the page still), and back where the reader was (a link from a sidebar entry or a card to an actor in the
 * text leads to the mention the reader came from, or to the one nearest to where they were reading).
 *
 * This file is what every article page loads: it notes where the reader is reading and hands each click on a mark,
 * or on an actor's name beside the text, to the card's code, which loads the first time a reader reaches for one;
 * the page does not pay for the card until then (its 15 KB budget). Without JavaScript every mark is a plain link
 * to its sidebar entry, and every name a link to the actor's first mention.
 */
import { FOLLOW_EVENT, type FollowEvent, type ReaderPlace } from './mark-card-events';
// The card's code as a module of its own, by its address: `?worker&url` has Vite build it into a standalone,
// minified module without adding Vite's module-preload helper to this file, as a plain `import()` would (1.7 KB,
// more than this file). It is no worker: it is imported below, in the page, when first needed, and hears each
// click as an event (a module built this way keeps its side effects, not its exports). edition-toggle.ts loads
// the edition switch the same way.
import viewUrl from './mark-card-view.ts?worker&url';

/** The marks a card explains: links from the text to an actor's, a quote's or a figure's entry. */
const MARK = '.article-body :is([href^="#actor-"],[href^="#quote-"],[href^="#figure-"])';

const place: ReaderPlace = { top: 0 };
let settling: ReturnType<typeof setTimeout> | undefined;
let view: Promise<unknown> | undefined;
const load = () => (view ??= import(/* @vite-ignore */ viewUrl));

// A reader who stops scrolling with the text filling the screen is reading there; one who flings past it to the
// sidebars, or jumps there by a link, is not.
addEventListener(
  'scroll',
  () => {
    clearTimeout(settling);
    settling = setTimeout(() => {
      const text = document.querySelector('.article-body')?.getBoundingClientRect();
      if (text && text.top < 0 && text.bottom > innerHeight) {
        place.top = scrollY;
        place.mark = undefined;
      }
    }, 600);
  },
  { passive: true },
);

// The card starts loading as a finger comes down on a mark, so it is there by the click.
addEventListener('pointerdown', (event) => (event.target as Element).closest?.(MARK) && load(), { passive: true });

addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href^="#"]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const mark = link.matches(MARK);
  if (!mark && !(link.hash.startsWith('#m-') && link.closest('.article-sidebars,#mark-card'))) return;
  event.preventDefault();
  if (mark) {
    place.mark = link;
    place.top = scrollY;
    clearTimeout(settling);
  }
  void load().then(() => dispatchEvent(new CustomEvent(FOLLOW_EVENT, { detail: { link, place } }) satisfies FollowEvent));
});
